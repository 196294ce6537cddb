import { parseArgs } from 'node:util';
import {
  appealServiceKilled,
  brokerStopped,
  type FaultScenario,
  faultsIn,
  postgresRestarted,
  replicasKilled,
  runFaultScenarios,
  type ScenarioResult,
  stopFaultRuns,
} from '@erqi/shared/feature-fault-injection';
import { writeBenchFigures } from './stats';

/**
 * `npm run bench:faults`: the system on a Kafka broker and a PostgreSQL server of its own, four faults
 * under load, and for each what became of the appeals accepted meanwhile: lost, doubled, dead-lettered,
 * and how long the system took to catch up. Exits 1 unless every count is zero.
 * Figures go to tmp/bench/faults.json and, by hand, to docs/BENCHMARKS.md.
 */
const USAGE = `usage: npm run bench:faults -- [options]
  --appeals N               appeals per scenario (default 1000)
  --broker-down-seconds S   how long the broker stays stopped (default 120)
  --rate R                  appeals per second while PostgreSQL restarts / the appeal service dies (default 50)
  --only NAME[,NAME]        broker-stopped, postgres-restarted, appeal-killed, replicas-killed (default all)
  --kafka-port P            the private broker's port (default KAFKA_LOCAL_PORT, else 29092; never 9092)
  --catch-up-timeout S      how long a scenario may take to deliver everything after its fault (default 300)`;

function positive(name: string, text: string | undefined, fallback: number): number {
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`--${name} must be a positive number, got "${text}"\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

function options(): { scenarios: FaultScenario[]; kafkaPort: number; catchUpTimeoutMs: number } {
  const { values } = parseArgs({
    options: {
      appeals: { type: 'string' },
      'broker-down-seconds': { type: 'string' },
      rate: { type: 'string' },
      only: { type: 'string' },
      'kafka-port': { type: 'string' },
      'catch-up-timeout': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const appeals = positive('appeals', values.appeals, 1000);
  const perSecond = positive('rate', values.rate, 50);
  const all = [
    brokerStopped({
      appeals,
      downSeconds: positive('broker-down-seconds', values['broker-down-seconds'], 120),
    }),
    postgresRestarted({ appeals, perSecond }),
    appealServiceKilled({ appeals, perSecond }),
    // On a system of its own: two replicas of every subgraph.
    replicasKilled({ appeals, perSecond }),
  ];
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !all.some((scenario) => scenario.name === name)) ?? [];
  if (unknown.length > 0) {
    console.error(`unknown scenario ${unknown.join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  return {
    scenarios: only ? all.filter((scenario) => only.includes(scenario.name)) : all,
    kafkaPort: positive(
      'kafka-port',
      values['kafka-port'] ?? process.env['KAFKA_LOCAL_PORT'],
      29092,
    ),
    catchUpTimeoutMs: positive('catch-up-timeout', values['catch-up-timeout'], 300) * 1000,
  };
}

function table(results: readonly ScenarioResult[]): string {
  const header = [
    'scenario',
    'submitted',
    'accepted',
    'refused',
    'stored unanswered',
    'lost',
    'doubled',
    'dead-lettered',
    'redelivered',
    'catch-up s',
    'reads after kill (failed)',
  ];
  const rows = results.map(({ name, counts, queries }) =>
    [
      name,
      counts.submitted,
      counts.accepted,
      counts.refused,
      counts.storedUnanswered,
      counts.lost,
      counts.doubled,
      counts.deadLettered,
      counts.redelivered,
      counts.catchUpSeconds === null ? 'never' : counts.catchUpSeconds.toFixed(1),
      queries ? `${queries.sentAfterMark} (${queries.failedAfterMark})` : '-',
    ].map(String),
  );
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  return [header, ...rows]
    .map((row) => row.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  '))
    .join('\n');
}

async function main(): Promise<number> {
  const { scenarios, kafkaPort, catchUpTimeoutMs } = options();
  const started = performance.now();
  const log = (line: string): void =>
    console.log(
      `[faults ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`,
    );
  // One system per replica count: the single-replica scenarios share one, the replica case gets its own.
  const results: ScenarioResult[] = [];
  for (const replicas of [...new Set(scenarios.map((scenario) => scenario.replicas ?? 1))]) {
    results.push(
      ...(await runFaultScenarios({
        scenarios: scenarios.filter((scenario) => (scenario.replicas ?? 1) === replicas),
        replicas,
        kafkaPort,
        catchUpTimeoutMs,
        log,
        onFailure: (output) => console.error(`the services' last lines:\n${output}`),
      })),
    );
  }
  writeBenchFigures('faults', results);
  console.log(`\n${table(results)}\n`);
  const failures = results.flatMap((result) =>
    faultsIn(result).map((fault) => `${result.name}: ${fault}`),
  );
  for (const failure of failures) console.error(`FAULT ${failure}`);
  console.log(
    failures.length === 0
      ? 'every scenario: 0 lost, 0 doubled, 0 dead-lettered, no read failed after a kill'
      : `${failures.length} faults`,
  );
  return failures.length === 0 ? 0 : 1;
}

// Ctrl-C: stop the system, the private broker and the private PostgreSQL server before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    console.error(`${signal}: stopping the system, the broker and PostgreSQL`);
    void stopFaultRuns().finally(() => process.exit(130));
  });

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
