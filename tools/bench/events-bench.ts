import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
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
import { ensureKafkaBroker } from '../kafka/kafka-broker';
import { endProgress, median, progress, quantile } from './stats';

/**
 * `npm run bench:events`: appeals submitted through the gateway, timed from the mutation's answer
 * to their arrival on the department topic; next to the raw kafkajs produce rate on the same broker.
 * Figures go to tmp/bench/events.json and, by hand, to docs/BENCHMARKS.md.
 */
const STEADY_RATE = Number(process.env['BENCH_RATE'] ?? 100);
const STEADY_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 15);
const CEILING_APPEALS = Number(process.env['BENCH_CEILING_APPEALS'] ?? 2000);
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
  logger.info('measuring the raw kafkajs produce rate (the ceiling)');
  const raw = await rawProduceRate(kafka);
  logger.info(`raw: ${raw.toFixed(0)} messages/s`);

  logger.info('starting the system (four subgraphs, gateway) on a throw-away database');
  // One load generator sends everything: lift its rate limit so the bench measures the pipeline.
  const system = await startSystem({
    env: { NODE_ENV: 'production' },
    gatewayEnv: { GATEWAY_RATE_LIMIT_PER_SECOND: '1000000', GATEWAY_RATE_LIMIT_BURST: '1000000' },
  });
  let watcher: Awaited<ReturnType<typeof watchDepartmentTopic>> | undefined;
  try {
    watcher = await watchDepartmentTopic(kafka);
    const { arrivals } = watcher;
    // Steady rate: open loop, one appeal every 1/RATE s, latency = arrival on the topic - mutation answer.
    const total = STEADY_RATE * STEADY_SECONDS;
    const submitted: Array<{ id: string; answeredAt: number }> = [];
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
    endProgress();
    const latencies = submitted
      .map((item) => (arrivals.get(item.id) ?? Number.NaN) - item.answeredAt)
      .filter((ms) => !Number.isNaN(ms));

    // Ceiling: closed loop with CEILING_CONCURRENCY clients, as fast as the pipeline goes.
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
    const ceiling = CEILING_APPEALS / ((lastArrival - ceilingStarted) / 1000);
    // Each appeal publishes 3 records: submitted (lifecycle), dispatched (lifecycle), dispatched (department topic).
    const recordsPerAppeal = 3;
    const result = {
      steady: {
        targetRate: STEADY_RATE,
        submitted: submitted.length,
        arrived: latencies.length,
        sustainedAppealsPerSecond: Number((submitted.length / steadySeconds).toFixed(1)),
        p50Ms: Number(median(latencies).toFixed(1)),
        p99Ms: Number(quantile(latencies, 0.99).toFixed(1)),
      },
      ceiling: {
        appeals: CEILING_APPEALS,
        concurrency: CEILING_CONCURRENCY,
        appealsPerSecond: Number(ceiling.toFixed(1)),
      },
      rawProduceMessagesPerSecond: Number(raw.toFixed(0)),
      pipelineRecordsPerSecondAtCeiling: Number((ceiling * recordsPerAppeal).toFixed(0)),
      ratioPipelineToRaw: Number(((ceiling * recordsPerAppeal) / raw).toFixed(3)),
    };
    mkdirSync(join(__dirname, '..', '..', 'tmp', 'bench'), { recursive: true });
    writeFileSync(
      join(__dirname, '..', '..', 'tmp', 'bench', 'events.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
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
