import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createKafkaClient } from '@erqi/shared/data-access-events';
import { recordEndOffsets } from '@erqi/shared/data-access-topic-reader';
import { startSystem } from '@erqi/shared/feature-local-system';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { createLogger } from '@erqi/shared/util-logging';
import { enterprises } from '@erqi/shared/util-seed-fixtures';
import { departmentDispatchTopic } from '@erqi/shared/util-event-catalogue';
import type { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { ensureKafkaBroker } from '../kafka/kafka-broker';
import { childPidsByPort, cpuMsPerRequest, readCpuTicks } from './process-cpu';
import { endProgress, median, progress, quantile, writeBenchFigures } from './stats';

/**
 * `npm run bench:events`: appeals submitted through the gateway, timed from the mutation's answer
 * to their arrival on the department topic; next to the raw kafkajs produce rate on the same broker.
 * During the steady phase it also reads, per appeal, each process's CPU (the gateway, the four
 * subgraphs, the database's backends, the bench itself) and the SQL statements the appeal service
 * sent (answering requests, and in the background: the outbox relay). Wall-clock figures on a shared
 * machine are noisy; CPU and statements per appeal are not.
 * Figures go to tmp/bench/events.json and, by hand, to docs/BENCHMARKS.md.
 *
 * Settings: BENCH_RATE (appeals/s, open loop), BENCH_SECONDS, BENCH_WARMUP (appeals sent first and not
 * counted), BENCH_CEILING_APPEALS (0: no closed-loop ceiling), BENCH_RAW=0 (no raw produce rate),
 * BENCH_CPU_PROF=<dir> (each subgraph writes a CPU profile of the steady phase there: cpu-profile.cjs).
 */
const STEADY_RATE = Number(process.env['BENCH_RATE'] ?? 100);
const STEADY_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 15);
const WARMUP_APPEALS = Number(process.env['BENCH_WARMUP'] ?? 200);
const CEILING_APPEALS = Number(process.env['BENCH_CEILING_APPEALS'] ?? 2000);
const MEASURE_RAW = process.env['BENCH_RAW'] !== '0';
const CPU_PROFILE_DIR = process.env['BENCH_CPU_PROF'];
const CEILING_CONCURRENCY = 32;
const RAW_MESSAGES = 20_000;
// LICENSING is led by one department and spreads to no volunteer team: one dispatch per appeal.
const CATEGORY = 'LICENSING';
const DEPARTMENT = 'ADMINISTRATIVE_APPROVAL';

const logger = createLogger('bench');
const SUBMIT = `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`;

async function rawProduceRate(kafka: Kafka): Promise<number> {
  // A throw-away topic outside the catalogue, made and removed here: the broker creates none on its own.
  const topic = `bench.raw.${randomUUID()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  const value = JSON.stringify({
    appealId: randomUUID(),
    title: '证照办理'.repeat(10),
    description: 'x'.repeat(300),
  });
  const started = performance.now();
  for (let sent = 0; sent < RAW_MESSAGES; sent += 200) {
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: 200 }, () => ({
        key: randomUUID(),
        value,
        headers: { ce_id: randomUUID() },
      })),
    });
  }
  const seconds = (performance.now() - started) / 1000;
  await producer.disconnect();
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
  return RAW_MESSAGES / seconds;
}

/** Notes when each appeal's dispatch reaches the department topic. */
async function watchDepartmentTopic(
  kafka: Kafka,
): Promise<{ arrivals: Map<string, number>; stop: () => Promise<void> }> {
  const arrivals = new Map<string, number>();
  // Make sure the topic exists before subscribing (a fresh broker has none yet).
  const admin = kafka.admin();
  await admin.connect();
  await recordEndOffsets(admin, [departmentDispatchTopic(DEPARTMENT)]);
  await admin.disconnect();
  const consumer = kafka.consumer({
    groupId: `bench-${randomUUID()}`,
    allowAutoTopicCreation: false,
  });
  const joined = new Promise<void>((resolve) =>
    consumer.on(consumer.events.GROUP_JOIN, () => resolve()),
  );
  await consumer.connect();
  await consumer.subscribe({ topic: departmentDispatchTopic(DEPARTMENT), fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const key = message.key?.toString();
      if (key && !arrivals.has(key)) arrivals.set(key, performance.now());
    },
  });
  await joined;
  return { arrivals, stop: () => consumer.disconnect() };
}

/** The appeal service's SQL statements so far, by origin (`sql_statements_total` at its `/metrics`). */
async function appealStatements(
  appealUrl: string,
): Promise<{ request: number; background: number }> {
  const text = await (await fetch(new URL('/metrics', appealUrl))).text();
  const count = (origin: string): number => {
    const line = text
      .split('\n')
      .find((candidate) =>
        candidate.startsWith(`sql_statements_total{service="appeal",origin="${origin}"}`),
      );
    return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
  };
  return { request: count('request'), background: count('background') };
}

/** The PostgreSQL backends serving the system's database (its pools), by pid: their CPU is the database's share. */
async function databaseBackendPids(databaseUrl: string): Promise<number[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

/** CPU ticks of every process measured: the system's by name, and the database backends summed. */
interface CpuReading {
  processes: Record<string, number>;
  backends: Map<number, number>;
  bench: NodeJS.CpuUsage;
}

function readCpu(pids: Record<string, number>, backends: number[]): CpuReading {
  return {
    processes: Object.fromEntries(
      Object.entries(pids).map(([name, pid]) => [name, readCpuTicks(pid)]),
    ),
    backends: new Map(backends.map((pid) => [pid, readCpuTicks(pid)])),
    bench: process.cpuUsage(),
  };
}

/** Milliseconds of CPU per appeal by process between two readings; `postgres` sums the backends seen at both. */
function cpuPerAppeal(
  before: CpuReading,
  after: CpuReading,
  appeals: number,
): Record<string, number> {
  const perAppeal: Record<string, number> = {};
  for (const [name, ticks] of Object.entries(before.processes))
    perAppeal[name] = round(cpuMsPerRequest(ticks, after.processes[name] ?? Number.NaN, appeals));
  let backendTicks = 0;
  for (const [pid, ticks] of before.backends) {
    const later = after.backends.get(pid);
    if (Number.isFinite(ticks) && later !== undefined && Number.isFinite(later))
      backendTicks += later - ticks;
  }
  perAppeal['postgres'] = round(cpuMsPerRequest(0, backendTicks, appeals));
  const benchMicros =
    after.bench.user - before.bench.user + (after.bench.system - before.bench.system);
  perAppeal['bench'] = round(benchMicros / 1000 / appeals);
  return perAppeal;
}

/** Starts, then stops, the subgraphs' profilers (cpu-profile.cjs); the gateway runs without. */
function signalSubgraphs(pids: Record<string, number>, signal: NodeJS.Signals): void {
  for (const [name, pid] of Object.entries(pids)) if (name !== 'gateway') process.kill(pid, signal);
}

const round = (value: number, places = 2): number => Number(value.toFixed(places));

/** The hotline operator files for any enterprise: an ADMIN token, made once. */
let operator: Promise<Record<string, string>> | undefined;

async function submit(
  gatewayUrl: string,
  index: number,
): Promise<{ id: string; answeredAt: number }> {
  const enterprise = enterprises[index % enterprises.length];
  operator ??= authHeaderFor(seedUser('ADMIN'));
  const { body } = await postGraphQL<{ submitAppeal: { id: string } }>(
    gatewayUrl,
    SUBMIT,
    {
      input: {
        enterpriseId: enterprise?.id,
        title: `压测诉求 ${index}`,
        description: '基准测试',
        category: CATEGORY,
        channel: 'HOTLINE',
        handlingMode: 'TRACKED',
      },
    },
    await operator,
  );
  const id = body.data?.submitAppeal.id;
  if (!id) throw new Error(`submitAppeal failed: ${JSON.stringify(body.errors)}`);
  return { id, answeredAt: performance.now() };
}

async function waitForArrivals(
  arrivals: Map<string, number>,
  ids: string[],
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (ids.some((id) => !arrivals.has(id)) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

async function main(): Promise<void> {
  await ensureKafkaBroker();
  const kafka = createKafkaClient({
    clientId: 'bench',
    logger,
    // Produces to a topic of its own and reads every topic with throw-away groups: the admin principal.
    principal: 'admin',
  });
  let raw = Number.NaN;
  if (MEASURE_RAW) {
    logger.info('measuring the raw kafkajs produce rate (the ceiling)');
    raw = await rawProduceRate(kafka);
    logger.info(`raw: ${raw.toFixed(0)} messages/s`);
  }

  logger.info('starting the system (four subgraphs, gateway) on a throw-away database');
  // One load generator sends everything: lift its rate limit so the bench measures the pipeline.
  const system = await startSystem({
    env: {
      NODE_ENV: 'production',
      // Node 20 refuses --cpu-prof in NODE_OPTIONS: a preload starts the profiler instead.
      ...(CPU_PROFILE_DIR
        ? {
            NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --require ${join(__dirname, 'cpu-profile.cjs')}`,
            CPU_PROFILE_DIR,
            CPU_PROFILE_ON_SIGNAL: '1',
          }
        : {}),
    },
    gatewayEnv: { GATEWAY_RATE_LIMIT_PER_SECOND: '1000000', GATEWAY_RATE_LIMIT_BURST: '1000000' },
  });
  let watcher: Awaited<ReturnType<typeof watchDepartmentTopic>> | undefined;
  try {
    watcher = await watchDepartmentTopic(kafka);
    const { arrivals } = watcher;
    const byPort = childPidsByPort();
    const pids: Record<string, number> = {};
    for (const [name, url] of Object.entries({
      gateway: system.gatewayUrl,
      ...system.subgraphUrls,
    })) {
      const pid = byPort.get(Number(new URL(url).port));
      if (pid) pids[name] = pid;
    }
    const appealUrl = system.subgraphUrls['appeal'] ?? '';

    // Warm-up, not counted: compiled code paths, filled pools and caches, topics made.
    const warmup = await Promise.all(
      Array.from({ length: WARMUP_APPEALS }, (_, i) => submit(system.gatewayUrl, 1_000_000 + i)),
    );
    await waitForArrivals(
      arrivals,
      warmup.map((item) => item.id),
      60_000,
    );

    // Steady rate: open loop, one appeal every 1/RATE s, latency = arrival on the topic - mutation answer.
    const total = STEADY_RATE * STEADY_SECONDS;
    const submitted: Array<{ id: string; answeredAt: number }> = [];
    const backends = await databaseBackendPids(system.databaseUrl);
    const statementsBefore = await appealStatements(appealUrl);
    const loadBefore = loadavg();
    const cpuBefore = readCpu(pids, backends);
    if (CPU_PROFILE_DIR) signalSubgraphs(pids, 'SIGUSR2');
    const started = performance.now();
    const inFlight: Array<Promise<void>> = [];
    for (let i = 0; i < total; i += 1) {
      const due = started + (i * 1000) / STEADY_RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      inFlight.push(submit(system.gatewayUrl, i).then((result) => void submitted.push(result)));
      if (i % STEADY_RATE === 0)
        progress(`steady ${STEADY_RATE}/s: ${i}/${total} submitted, ${arrivals.size} arrived`);
    }
    await Promise.all(inFlight);
    const steadySeconds = (performance.now() - started) / 1000;
    await waitForArrivals(
      arrivals,
      submitted.map((item) => item.id),
      30_000,
    );
    const cpuAfter = readCpu(pids, backends);
    if (CPU_PROFILE_DIR) signalSubgraphs(pids, 'SIGUSR2');
    const loadAfter = loadavg();
    const statementsAfter = await appealStatements(appealUrl);
    endProgress();
    const latencies = submitted
      .map((item) => (arrivals.get(item.id) ?? Number.NaN) - item.answeredAt)
      .filter((ms) => !Number.isNaN(ms));
    const steady = {
      targetRate: STEADY_RATE,
      submitted: submitted.length,
      arrived: latencies.length,
      sustainedAppealsPerSecond: round(submitted.length / steadySeconds, 1),
      p50Ms: round(median(latencies), 1),
      p99Ms: round(quantile(latencies, 0.99), 1),
      maxMs: round(Math.max(...latencies), 1),
      cpuMsPerAppeal: cpuPerAppeal(cpuBefore, cpuAfter, submitted.length),
      appealStatementsPerAppeal: {
        request: round((statementsAfter.request - statementsBefore.request) / submitted.length),
        background: round(
          (statementsAfter.background - statementsBefore.background) / submitted.length,
        ),
      },
      loadAverage1m: { before: round(loadBefore[0] ?? 0), after: round(loadAfter[0] ?? 0) },
    };
    logger.info(`steady: ${JSON.stringify(steady)}`);

    // Ceiling: closed loop with CEILING_CONCURRENCY clients, as fast as the pipeline goes.
    let ceiling = Number.NaN;
    if (CEILING_APPEALS > 0) {
      const ceilingIds: string[] = [];
      const ceilingStarted = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: CEILING_CONCURRENCY }, async () => {
          while (next < CEILING_APPEALS) {
            const index = total + next;
            next += 1;
            ceilingIds.push((await submit(system.gatewayUrl, index)).id);
            if (ceilingIds.length % 200 === 0)
              progress(`ceiling: ${ceilingIds.length}/${CEILING_APPEALS} submitted`);
          }
        }),
      );
      await waitForArrivals(arrivals, ceilingIds, 60_000);
      endProgress();
      const lastArrival = Math.max(...ceilingIds.map((id) => arrivals.get(id) ?? 0));
      ceiling = CEILING_APPEALS / ((lastArrival - ceilingStarted) / 1000);
    }
    // Each appeal publishes 3 records: submitted (lifecycle), dispatched (lifecycle), dispatched (department topic).
    const recordsPerAppeal = 3;
    const result = {
      steady,
      ceiling: {
        appeals: CEILING_APPEALS,
        concurrency: CEILING_CONCURRENCY,
        appealsPerSecond: round(ceiling, 1),
      },
      rawProduceMessagesPerSecond: round(raw, 0),
      pipelineRecordsPerSecondAtCeiling: round(ceiling * recordsPerAppeal, 0),
      ratioPipelineToRaw: round((ceiling * recordsPerAppeal) / raw, 3),
    };
    writeBenchFigures('events', result);
    console.log(JSON.stringify(result, null, 2));
  } catch (error) {
    // What the services logged last is what explains a failed run.
    console.error(system.output());
    throw error;
  } finally {
    await watcher?.stop();
    await system.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
