import { createKafkaClient } from '@erqi/shared/data-access-events';
import { startSystem } from '@erqi/shared/feature-local-system';
import { createLogger } from '@erqi/shared/util-logging';
import { countDispatches, type FaultCounts, openLedger } from './dispatch-ledger';
import type { FaultScenario } from './fault-scenarios';
import type { QueryCounts } from './query-load';
import { privateKafka } from './private-kafka';
import { startPrivatePostgres } from '@erqi/shared/util-private-postgres';

export interface ScenarioResult {
  name: string;
  description: string;
  counts: FaultCounts;
  /** The reads sent while the fault happened, for scenarios that send them. */
  queries?: QueryCounts;
}

/** A scenario ends well with every accepted appeal at every target once, and nothing dead-lettered. */
export function faultsIn(result: ScenarioResult): string[] {
  const { counts } = result;
  return [
    ...(counts.lost > 0
      ? [
          `${counts.lost} appeals lost (missing by target: ${JSON.stringify(counts.missingByTarget)})`,
        ]
      : []),
    ...(counts.doubled > 0 ? [`${counts.doubled} dispatches doubled`] : []),
    ...(counts.deadLettered > 0
      ? [`${counts.deadLettered} dead-lettered: ${JSON.stringify(counts.deadLetteredByTopic)}`]
      : []),
    ...(counts.appealsDoubled > 0 ? [`${counts.appealsDoubled} appeals stored twice`] : []),
    ...(counts.acceptedNotStored > 0
      ? [`${counts.acceptedNotStored} accepted appeals not in the database`]
      : []),
    ...(result.queries && result.queries.failedAfterMark > 0
      ? [
          `${result.queries.failedAfterMark} of ${result.queries.sentAfterMark} reads failed after the fault: ${result.queries.failuresAfterMark.join(' | ')}`,
        ]
      : []),
    ...(counts.accepted + counts.storedUnanswered === 0
      ? ['no appeal was accepted: nothing was tested']
      : []),
  ];
}

/** Tear-downs of the runs under way, for `stopFaultRuns` (Ctrl-C must not leave a broker and a server behind). */
const teardowns = new Set<() => Promise<void>>();

/** Stops whatever the runs under way started: the system, the private broker and PostgreSQL server. */
export async function stopFaultRuns(): Promise<void> {
  await Promise.all([...teardowns].map((teardown) => teardown()));
}

/**
 * Starts the whole system on a broker (`kafkaPort`) and a PostgreSQL server of its own, runs the
 * scenarios one after another against it, counts each, and tears everything down.
 */
export async function runFaultScenarios(options: {
  scenarios: readonly FaultScenario[];
  kafkaPort: number;
  /** Replicas of each subgraph; the gateway spreads requests over them. @default 1 */
  replicas?: number;
  /** How long each scenario may take to deliver everything after its fault. */
  catchUpTimeoutMs: number;
  log: (line: string) => void;
  /** Called with the system's recent output when something fails, to explain it. */
  onFailure?: (output: string) => void;
}): Promise<ScenarioResult[]> {
  const { log } = options;
  log('making a private PostgreSQL server (initdb)');
  const postgres = await startPrivatePostgres();
  const broker = privateKafka(options.kafkaPort);
  let system: Awaited<ReturnType<typeof startSystem>> | undefined;
  let tornDown: Promise<void> | undefined;
  const teardown = (): Promise<void> => {
    tornDown ??= (async () => {
      teardowns.delete(teardown);
      await system?.stop().catch((error: unknown) => log(`stopping the system: ${String(error)}`));
      await broker.stop().catch((error: unknown) => log(`stopping the broker: ${String(error)}`));
      await postgres.destroy();
    })();
    return tornDown;
  };
  teardowns.add(teardown);
  try {
    log(
      `PostgreSQL on port ${postgres.port}; starting a private Kafka broker on ${options.kafkaPort}`,
    );
    await broker.start();
    log(
      `starting the system (four subgraphs${(options.replicas ?? 1) > 1 ? `, ${options.replicas} replicas each` : ''}, gateway)`,
    );
    system = await startSystem({
      databaseServerUrl: postgres.url,
      env: { KAFKA_BROKERS: broker.brokers.join(',') },
      // Restarts during the run compile again too: on a busy machine that is slow.
      healthTimeoutMs: 180_000,
      ...(options.replicas === undefined ? {} : { replicas: options.replicas }),
    });
    const kafka = createKafkaClient({
      clientId: 'fault-run',
      brokers: broker.brokers,
      // It reads every dispatch and dead-letter topic: the auditor's principal.
      principal: 'admin',
      logger: createLogger('fault-run'),
    });
    const results: ScenarioResult[] = [];
    for (const scenario of options.scenarios) {
      const say = (line: string): void => log(`[${scenario.name}] ${line}`);
      say(scenario.description);
      const start = await openLedger(kafka);
      const { load, recoveredAt, queries } = await scenario.run({
        system,
        broker,
        postgres,
        log: say,
      });
      say(`${load.accepted.length} accepted, ${load.refused} refused; counting what arrived`);
      const counts = await countDispatches({
        kafka,
        databaseUrl: system.databaseUrl,
        start,
        accepted: load.accepted,
        label: load.label,
        submitted: load.sent(),
        refused: load.refused,
        refusedByKind: { ...load.refusalsByKind },
        recoveredAt,
        timeoutMs: options.catchUpTimeoutMs,
        onProgress: say,
      });
      if (load.refusals.length > 0)
        say(
          `refused by kind: ${JSON.stringify(load.refusalsByKind)}; first: ${load.refusals.join(' | ')}`,
        );
      results.push({
        name: scenario.name,
        description: scenario.description,
        counts,
        ...(queries ? { queries } : {}),
      });
      if (faultsIn(results[results.length - 1] as ScenarioResult).length > 0)
        options.onFailure?.(system.output());
    }
    return results;
  } catch (error) {
    if (system) options.onFailure?.(system.output());
    throw error;
  } finally {
    await teardown();
  }
}
