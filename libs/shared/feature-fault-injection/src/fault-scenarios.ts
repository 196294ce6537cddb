import type { RunningSystem } from '@erqi/shared/feature-local-system';
import { type AppealLoad, startAppealLoad } from './appeal-load';
import type { PrivateKafka } from './private-kafka';
import type { PrivatePostgres } from '@erqi/shared/util-private-postgres';
import { type QueryCounts, startQueryLoad } from './query-load';

/** What a scenario may break: the system and the broker and database server it runs on, all its own. */
export interface FaultContext {
  system: RunningSystem;
  broker: PrivateKafka;
  postgres: PrivatePostgres;
  log: (line: string) => void;
}

/** What a scenario hands back to be counted. */
export interface FaultOutcome {
  load: AppealLoad;
  /** performance.now() once the fault is over and the load has had its answers. */
  recoveredAt: number;
  /** What a stream of reads saw, when the scenario ran one (e.g. while replicas die). */
  queries?: QueryCounts;
}

/**
 * One fault under load. A new case (e.g. a replica lost) is one more object in a list handed to
 * `runFaultScenarios`; the counting is the same for all.
 */
export interface FaultScenario {
  /** Short, for flags and output: `broker-stopped`. */
  name: string;
  /** One line: what is done to the system. */
  description: string;
  /** Replicas of each subgraph the system must run with (`runFaultScenarios({ replicas })`). @default 1 */
  replicas?: number;
  run(context: FaultContext): Promise<FaultOutcome>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once `load` has `count` appeals accepted (the system is working, so the fault hits a live
 * stream; on a busy machine half the submissions may be sent before the first answer), or once it is done.
 */
async function acceptedAtLeast(load: AppealLoad, count: number): Promise<void> {
  let done = false;
  void load.done.finally(() => {
    done = true;
  });
  while (!done && load.accepted.length < count) await sleep(20);
}

/**
 * Resolves once `count` submissions of `load` have had their answer, accepted or refused (or once it
 * is done): on a slow machine the first answers may come after every submission was sent.
 */
async function answeredAtLeast(load: AppealLoad, count: number): Promise<void> {
  let done = false;
  void load.done.finally(() => {
    done = true;
  });
  while (!done && load.accepted.length + load.refused < count) await sleep(20);
}

/** Reads answered after a replica is killed before a replica scenario ends. */
const READS_AFTER_KILL = 30;

/** Logs the load's progress every few seconds until it is done. */
function reportWhileRunning(load: AppealLoad, total: number, log: (line: string) => void): void {
  const timer = setInterval(
    () =>
      log(
        `${load.sent()}/${total} sent, ${load.accepted.length} accepted, ${load.refused} refused`,
      ),
    5000,
  );
  void load.done.finally(() => clearInterval(timer));
}

/** The broker stopped while appeals keep coming, then started again: the outbox holds them meanwhile. */
export function brokerStopped(options: { appeals: number; downSeconds: number }): FaultScenario {
  return {
    name: 'broker-stopped',
    description: `Kafka stopped for ${options.downSeconds} s while ${options.appeals} appeals are submitted, then started again`,
    async run({ system, broker, log }) {
      log('stopping the broker');
      await broker.stop();
      const stoppedAt = performance.now();
      const load = startAppealLoad({
        gatewayUrl: system.gatewayUrl,
        count: options.appeals,
        perSecond: options.appeals / options.downSeconds,
        label: 'broker-stopped',
      });
      reportWhileRunning(load, options.appeals, log);
      await load.done;
      const rest = stoppedAt + options.downSeconds * 1000 - performance.now();
      if (rest > 0) await sleep(rest);
      log('starting the broker again');
      await broker.start();
      return { load, recoveredAt: performance.now() };
    },
  };
}

/** The database server restarted (every connection cut) in the middle of a stream of appeals. */
export function postgresRestarted(options: { appeals: number; perSecond: number }): FaultScenario {
  return {
    name: 'postgres-restarted',
    description: `PostgreSQL (a private server) restarted once a third of ${options.appeals} appeals are accepted at ${options.perSecond}/s`,
    async run({ system, postgres, log }) {
      const load = startAppealLoad({
        gatewayUrl: system.gatewayUrl,
        count: options.appeals,
        perSecond: options.perSecond,
        label: 'postgres-restarted',
      });
      reportWhileRunning(load, options.appeals, log);
      await acceptedAtLeast(load, Math.floor(options.appeals / 3));
      log('pg_ctl restart -m fast');
      await postgres.restart();
      log('PostgreSQL is back');
      await load.done;
      return { load, recoveredAt: performance.now() };
    },
  };
}

/** The appeal service killed (SIGKILL: nothing drained, nothing flushed) mid-stream, then started again. */
export function appealServiceKilled(options: {
  appeals: number;
  perSecond: number;
}): FaultScenario {
  return {
    name: 'appeal-killed',
    description: `the appeal service SIGKILLed once a third of ${options.appeals} appeals are accepted at ${options.perSecond}/s, then started again`,
    async run({ system, log }) {
      const load = startAppealLoad({
        gatewayUrl: system.gatewayUrl,
        count: options.appeals,
        perSecond: options.perSecond,
        label: 'appeal-killed',
      });
      reportWhileRunning(load, options.appeals, log);
      await acceptedAtLeast(load, Math.floor(options.appeals / 3));
      log('SIGKILL to the appeal service; starting it again');
      await system.restartSubgraph('appeal', 'SIGKILL');
      log('the appeal service is healthy again');
      await load.done;
      return { load, recoveredAt: performance.now() };
    },
  };
}

/**
 * With two replicas of every subgraph (`runFaultScenarios({ replicas: 2 })`), one appeal replica and
 * one volunteer replica SIGKILLed mid-stream and left dead, while a grid worker keeps reading through
 * the gateway: the reads must keep succeeding, the appeals keep being filed and dispatched once.
 */
export function replicasKilled(options: {
  appeals: number;
  perSecond: number;
  /** Reads per second through the gateway, all along. @default 10 */
  queriesPerSecond?: number;
}): FaultScenario {
  return {
    name: 'replicas-killed',
    replicas: 2,
    description: `two replicas of each subgraph; one appeal and one volunteer replica SIGKILLed (not restarted) once a third of ${options.appeals} appeals are answered at ${options.perSecond}/s, under ${options.queriesPerSecond ?? 10} reads/s`,
    async run({ system, log }) {
      if ((system.replicaUrls['appeal']?.length ?? 0) < 2)
        throw new RangeError('replicas-killed needs a system with two replicas of each subgraph');
      const queries = startQueryLoad({
        gatewayUrl: system.gatewayUrl,
        perSecond: options.queriesPerSecond ?? 10,
        // A read slower than this on a busy machine is not what is measured here: a replica's death is.
        requestTimeoutMs: 30_000,
        maxInFlight: 2,
      });
      const load = startAppealLoad({
        gatewayUrl: system.gatewayUrl,
        count: options.appeals,
        perSecond: options.perSecond,
        label: 'replicas-killed',
      });
      reportWhileRunning(load, options.appeals, log);
      await answeredAtLeast(load, Math.floor(options.appeals / 3));
      log('SIGKILL to one appeal replica and one volunteer replica');
      queries.mark();
      await Promise.all([system.killReplica('appeal', 0), system.killReplica('volunteer', 0)]);
      await load.done;
      // Reads go on after the submissions end, until enough were answered after the kill to count.
      const readsUntil = performance.now() + 120_000;
      while (queries.answeredAfterMark() < READS_AFTER_KILL && performance.now() < readsUntil)
        await sleep(200);
      const counts = await queries.stop();
      log(
        `reads: ${counts.sent} sent, ${counts.failed} failed; after the kill ${counts.sentAfterMark} sent, ${counts.failedAfterMark} failed`,
      );
      return { load, recoveredAt: performance.now(), queries: counts };
    },
  };
}
