import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { findFreePort } from '@erqi/shared/util-tcp-port';
import { createKafkaClient, kafkaBrokersFromEnv } from '@erqi/shared/data-access-events';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createLogger, type Logger } from '@erqi/shared/util-logging';
import { enterpriseByName } from '@erqi/shared/util-seed-fixtures';
import type { Admin, Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { seedAppeal } from '../src/seed';
import { createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';
import {
  readTopics,
  type ReceivedRecord,
  recordEndOffsets,
  type TopicReader,
} from '@erqi/shared/data-access-topic-reader';

/** Where a SURROUNDINGS appeal in the water town's cell goes: the lead, the assisting department, the cell's team, and the lifecycle. */
const LIFECYCLE = 'appeal.lifecycle';
const DISPATCH_TOPICS = [
  'dispatch.department.URBAN_MANAGEMENT',
  'dispatch.department.HOUSING_CONSTRUCTION',
  'dispatch.volunteer-team.BAGUAMIAO_CREW',
];
const TOPICS = [LIFECYCLE, ...DISPATCH_TOPICS];
/** Per appeal: submitted + three dispatched on the lifecycle, one on each dispatch topic. */
const RECORDS_PER_APPEAL = 4 + DISPATCH_TOPICS.length;
const waterTown = enterpriseByName('郑州贾鲁水镇文化旅游有限公司');
const logger = createLogger('appeal-relay-test');

async function connectedAdmin(kafka: Kafka): Promise<Admin> {
  const admin = kafka.admin();
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `No Kafka broker answers at ${kafkaBrokersFromEnv().join(',')} (${String(error)}); start one with \`npm run kafka:start\``,
    );
  }
  return admin;
}

/** Submits a SURROUNDINGS appeal for the water town and answers its id. */
async function submitAppeal(url: string, index: number): Promise<string> {
  const response = await postGraphQL<{ submitAppeal: { id: string } }>(
    url,
    `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
    {
      input: {
        enterpriseId: waterTown.id,
        title: `景区门前路灯不亮 #${index}`,
        description: '夜间游客多，路灯不亮存在安全隐患。',
        category: 'SURROUNDINGS',
        channel: 'GRID_WORKER',
        handlingMode: 'JOINT',
      },
    },
    await authHeaderFor(seedUser('ADMIN')),
  );
  const id = response.body.data?.submitAppeal.id;
  if (!id)
    throw new Error(`submitAppeal #${index} was refused: ${JSON.stringify(response.body.errors)}`);
  return id;
}

async function startAppealSubgraph(
  url: string,
  kafka: Kafka,
  log: Logger = logger,
): Promise<{ subgraph: RunningSubgraph; dataSource: DataSource }> {
  const definition = await createAppealSubgraph(
    subgraphDependencies(
      'appeal',
      { kind: 'postgres', url },
      { kafka, logger: log, options: fixtureDirectories() },
    ),
  );
  return {
    subgraph: await startSubgraph(definition, { port: 0, rateLimit: TEST_RATE_LIMIT, logger: log }),
    dataSource: definition.dataSource,
  };
}

/** Keeps the lines instead of printing them: the outage's connection errors are expected. */
function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (message: string): void => void lines.push(message);
  const logger: Logger & { lines: string[] } = {
    lines,
    debug: keep,
    info: keep,
    warn: keep,
    error: keep,
    child: () => logger,
  };
  return logger;
}

const ours = (records: ReceivedRecord[], ids: Set<string>): ReceivedRecord[] =>
  records.filter((record) => record.key !== null && ids.has(record.key));

/** Every appeal's records arrived once each, its lifecycle in order on one partition (a SURROUNDINGS appeal's four). */
function expectEachOnceInOrder(received: ReceivedRecord[], ids: string[]): void {
  expect(received).toHaveLength(ids.length * RECORDS_PER_APPEAL);
  expect(new Set(received.map((record) => `${record.topic}/${record.headers['ce_id']}`)).size).toBe(
    received.length,
  );
  for (const id of ids) {
    const lifecycle = received
      .filter((record) => record.key === id && record.topic === LIFECYCLE)
      .sort((a, b) => a.partition - b.partition || a.offset - b.offset);
    expect(new Set(lifecycle.map((record) => record.partition)).size).toBe(1);
    expect(
      lifecycle.map((record) =>
        `${record.headers['ce_type']} ${(JSON.parse(record.value) as { role?: string }).role ?? ''}`.trim(),
      ),
    ).toEqual([
      'cn.erqi.appeal.submitted',
      'cn.erqi.appeal.dispatched LEAD',
      'cn.erqi.appeal.dispatched ASSISTING',
      'cn.erqi.appeal.dispatched VOLUNTEER',
    ]);
    for (const topic of DISPATCH_TOPICS)
      expect(received.filter((record) => record.key === id && record.topic === topic)).toHaveLength(
        1,
      );
  }
}

describe('the appeal outbox relay on the real Kafka broker', () => {
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    kafka = createKafkaClient({
      clientId: 'appeal-relay-test',
      logger,
      // Reads back what the relay sent to topics of its own: the admin principal.
      principal: 'admin',
    });
    admin = await connectedAdmin(kafka);
  });

  afterAll(async () => {
    await admin?.disconnect();
  });

  describe('while the broker is up', () => {
    let database: TestDatabase;
    let running: { subgraph: RunningSubgraph; dataSource: DataSource };
    let reader: TopicReader;

    beforeAll(async () => {
      database = await createTestDatabase('appeal_relay');
      running = await startAppealSubgraph(database.url, kafka);
      await seedAppeal(running.dataSource);
      reader = await readTopics(kafka, await recordEndOffsets(admin, TOPICS));
    }, 60_000);

    afterAll(async () => {
      await reader?.stop();
      await running?.subgraph.stop();
      await database?.drop();
    });

    it('publishes a submitted appeal’s events to its departments’ and team’s topics with the CloudEvents headers, keyed by the appeal', async () => {
      const id = await submitAppeal(running.subgraph.url, 0);
      const mine = (): ReceivedRecord[] => ours(reader.records, new Set([id]));
      await reader.until(
        () => mine().length === RECORDS_PER_APPEAL,
        15_000,
        `the ${RECORDS_PER_APPEAL} records of appeal ${id}`,
      );

      for (const topic of DISPATCH_TOPICS) {
        const [record, ...more] = mine().filter((candidate) => candidate.topic === topic);
        expect(more).toEqual([]);
        expect(record?.key).toBe(id);
        expect(record?.headers).toEqual({
          ce_specversion: '1.0',
          ce_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          ce_type: 'cn.erqi.appeal.dispatched',
          ce_source: '/erqi/appeal',
          ce_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          ce_subject: id,
          'content-type': 'application/json',
        });
        expect(JSON.parse(record?.value ?? '{}')).toMatchObject({
          appealId: id,
          target: { code: topic.split('.').at(-1) },
        });
      }
      const lifecycle = mine().filter((record) => record.topic === LIFECYCLE);
      expect(lifecycle.map((record) => record.headers['ce_type'])).toEqual([
        'cn.erqi.appeal.submitted',
        'cn.erqi.appeal.dispatched',
        'cn.erqi.appeal.dispatched',
        'cn.erqi.appeal.dispatched',
      ]);
      // The relay marks rows sent after the broker acknowledged them, so a consumer may see them a moment before.
      const unsent = async (): Promise<number> =>
        (
          (await running.dataSource.query(
            `SELECT count(*)::int AS n FROM appeal.outbox_message WHERE sent_at IS NULL`,
          )) as Array<{ n: number }>
        )[0]?.n ?? -1;
      const deadline = Date.now() + 10_000;
      while ((await unsent()) !== 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await unsent()).toBe(0);
    }, 30_000);
  });

  describe('through a broker outage', () => {
    const APPEALS = 100;
    let database: TestDatabase;
    let reader: TopicReader | undefined;
    let running: { subgraph: RunningSubgraph; dataSource: DataSource } | undefined;

    beforeAll(async () => {
      database = await createTestDatabase('appeal_outage');
    });

    afterAll(async () => {
      await reader?.stop();
      await running?.subgraph.stop();
      await database?.drop();
    });

    it('accepts every appeal while no broker answers, then delivers each one’s events exactly once, in order, when one does', async () => {
      const start = await recordEndOffsets(admin, TOPICS);

      // The relay points at a port where nothing listens: rows wait, with their attempts and the error.
      const outageLog = collectingLogger();
      const down = createKafkaClient({
        clientId: 'appeal-relay-test-down',
        logger: outageLog,
        brokers: [`127.0.0.1:${await findFreePort()}`],
      });
      running = await startAppealSubgraph(database.url, down, outageLog);
      await seedAppeal(running.dataSource);
      const ids: string[] = [];
      for (let batch = 0; batch < APPEALS; batch += 10) {
        ids.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, (_, i) =>
              submitAppeal(running?.subgraph.url ?? '', batch + i),
            ),
          )),
        );
      }
      expect(new Set(ids).size).toBe(APPEALS);
      const outboxState = async () =>
        (
          (await running?.dataSource.query(
            `SELECT count(*)::int AS total, count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent,
            count(*) FILTER (WHERE attempts > 0 AND last_error IS NOT NULL)::int AS failed FROM appeal.outbox_message`,
          )) as Array<{ total: number; sent: number; failed: number }>
        )[0];
      const deadline = Date.now() + 20_000;
      while ((await outboxState())?.failed === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const waiting = await outboxState();
      expect(waiting).toEqual({
        total: APPEALS * RECORDS_PER_APPEAL,
        sent: 0,
        failed: expect.any(Number),
      });
      expect(waiting?.failed).toBeGreaterThan(0);
      expect(outageLog.lines).toContain('outbox: cannot publish, rows wait in the outbox');
      await running.subgraph.stop();
      running = undefined;

      // The service comes back pointing at the real broker: its relay publishes what waited.
      running = await startAppealSubgraph(database.url, kafka);
      reader = await readTopics(kafka, start);
      const wanted = new Set(ids);
      await reader.until(
        (records) => ours(records, wanted).length >= APPEALS * RECORDS_PER_APPEAL,
        60_000,
        `${APPEALS * RECORDS_PER_APPEAL} records`,
      );
      expect(await outboxState()).toMatchObject({ sent: APPEALS * RECORDS_PER_APPEAL });
      // Read to the end of every partition, so that a duplicate published late would be seen too.
      await reader.caughtUp(admin, 30_000);

      expectEachOnceInOrder(ours(reader.records, wanted), ids);
    }, 180_000);
  });

  describe('with two replicas on one database', () => {
    const APPEALS = 60;
    let database: TestDatabase;
    let reader: TopicReader | undefined;
    const replicas: Array<{ subgraph: RunningSubgraph; dataSource: DataSource }> = [];

    beforeAll(async () => {
      database = await createTestDatabase('appeal_relay_replicas');
    });

    afterAll(async () => {
      await reader?.stop();
      for (const replica of replicas) await replica.subgraph.stop();
      await database?.drop();
    });

    it('publishes every appeal’s events exactly once and in order while both replicas’ relays take rounds at once', async () => {
      const start = await recordEndOffsets(admin, TOPICS);
      const first = await startAppealSubgraph(database.url, kafka);
      replicas.push(first);
      await seedAppeal(first.dataSource);
      const second = await startAppealSubgraph(database.url, kafka);
      replicas.push(second);
      reader = await readTopics(kafka, start);
      // Both replicas take submissions at once, so both relays are woken and race for each round.
      const ids = await Promise.all(
        Array.from({ length: APPEALS }, (_, i) =>
          submitAppeal((i % 2 === 0 ? first : second).subgraph.url, i),
        ),
      );
      const wanted = new Set(ids);
      await reader.until(
        (records) => ours(records, wanted).length >= APPEALS * RECORDS_PER_APPEAL,
        60_000,
        `${APPEALS * RECORDS_PER_APPEAL} records`,
      );
      // Read to the end of every partition, so that a duplicate published late would be seen too.
      await reader.caughtUp(admin, 30_000);
      expectEachOnceInOrder(ours(reader.records, wanted), ids);
      // Each row was sent in one round only: no round published what another had claimed.
      const [outbox] = (await first.dataSource.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE attempts = 1 AND sent_at IS NOT NULL)::int AS "sentOnce"
           FROM appeal.outbox_message WHERE message_key = ANY($1::text[])`,
        [ids],
      )) as Array<{ total: number; sentOnce: number }>;
      expect(outbox).toEqual({
        total: APPEALS * RECORDS_PER_APPEAL,
        sentOnce: APPEALS * RECORDS_PER_APPEAL,
      });
    }, 120_000);
  });
});
