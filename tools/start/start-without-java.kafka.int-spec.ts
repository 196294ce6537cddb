import { createKafkaClient, kafkaCredentialsEnv } from '@erqi/shared/data-access-events';
import { privateKafka } from '@erqi/shared/feature-fault-injection';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import {
  readTopics,
  type StartOffsets,
  topicEndOffsets,
} from '@erqi/shared/data-access-topic-reader';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import {
  collectOutput,
  startNodeProcess,
  stopProcess,
  waitForHealthy,
} from '@erqi/shared/util-process';
import { enterpriseByName } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { findFreePort, isPortOpen } from '@erqi/shared/util-tcp-port';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { chooseBroker } from './broker-choice';

const waterTown = enterpriseByName('郑州贾鲁水镇文化旅游有限公司');
/** A SURROUNDINGS appeal in the water town's cell: submitted + 3 dispatched on the lifecycle, one per dispatch topic. */
const TOPICS = [
  'appeal.lifecycle',
  'dispatch.department.URBAN_MANAGEMENT',
  'dispatch.department.HOUSING_CONSTRUCTION',
  'dispatch.volunteer-team.BAGUAMIAO_CREW',
];
const RECORDS = 7;

/** The appeal service's outbox: all rows, those not yet sent, and those keyed by one appeal. */
async function outbox(
  url: string,
  appealId = '',
): Promise<{ total: number; unsent: number; ofAppeal: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ total: number; unsent: number; ofAppeal: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent,
              count(*) FILTER (WHERE message_key = $1)::int AS "ofAppeal"
         FROM appeal.outbox_message`,
      [appealId],
    );
    return rows[0] ?? { total: -1, unsent: -1, ofAppeal: -1 };
  } finally {
    await client.end();
  }
}

async function until(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// A newcomer's laptop: no Java, so no broker. npm start must say how to get Java, start the services
// anyway, and deliver what waited once a broker answers at the address it handed them.
describe('npm start without Java', () => {
  const lines: string[] = [];
  let kafkaPort: number;
  let database: TestDatabase;
  let appeal: ChildProcess | undefined;
  let output: () => string = () => '';
  let broker: ReturnType<typeof privateKafka> | undefined;

  beforeAll(async () => {
    // The broker's controller listens on the next port: both must be free.
    do kafkaPort = await findFreePort();
    while (await isPortOpen('127.0.0.1', kafkaPort + 1));
    database = await createTestDatabase('start_without_java');
  });

  afterAll(async () => {
    if (appeal) await stopProcess(appeal);
    await broker?.stop().catch(() => undefined);
    rmSync(join(__dirname, '..', '..', '.data', `kafka-${kafkaPort}`), {
      recursive: true,
      force: true,
    });
    await database?.drop();
  }, 60_000);

  it('says how to get Java on each platform, keeps dispatches in the outbox, and delivers them exactly once when a broker appears', async () => {
    const choice = await chooseBroker({
      // JAVA_HOME pointing at nothing and a PATH without java: what `java -version` finds on such a laptop.
      env: {
        ...process.env,
        KAFKA_BROKERS: '',
        JAVA_HOME: join(__dirname, 'no-java-here'),
        PATH: '/nonexistent',
      },
      log: (line) => lines.push(line),
      localPort: kafkaPort,
    });
    expect(choice).toEqual({ brokers: [`127.0.0.1:${kafkaPort}`], source: 'waiting' });
    const said = lines.join('\n');
    expect(said).toContain('Apache Kafka needs Java 17 or newer');
    expect(said).toMatch(/Debian\/Ubuntu +sudo apt-get install -y openjdk-17-jre-headless/);
    expect(said).toMatch(/macOS +brew install --cask temurin@21/);
    expect(said).toMatch(/Windows +winget install EclipseAdoptium\.Temurin\.21\.JDK/);
    expect(said).toContain('npm run kafka:start');
    expect(said).not.toMatch(/\n\s+at /); // no stack trace

    // The appeal service, started as npm start starts it with that choice.
    const appealPort = await findFreePort();
    appeal = startNodeProcess(
      'apps/appeal/src/main.ts',
      {
        PORT: String(appealPort),
        SEED_WHEN_EMPTY: 'true',
        DATABASE_URL: database.url,
        KAFKA_BROKERS: choice.brokers.join(','),
        ...kafkaCredentialsEnv('appeal'),
      },
      { quiet: true },
    );
    output = collectOutput(appeal);
    const health = `http://127.0.0.1:${appealPort}/health`;
    await waitForHealthy(health, appeal, 90_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${output()}`);
    });
    // No registry topic ever arrived: the seed's copies of the registries let the appeal be filed.
    // The seed's own events wait too.
    const before = await outbox(database.url);
    expect(before.unsent).toBe(before.total);
    const submitted = await postGraphQL<{ submitAppeal: { id: string } }>(
      `http://127.0.0.1:${appealPort}/graphql`,
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
      {
        input: {
          enterpriseId: waterTown.id,
          title: '景区门前路灯不亮',
          description: '夜间游客多，路灯不亮存在安全隐患。',
          category: 'SURROUNDINGS',
          channel: 'GRID_WORKER',
          handlingMode: 'JOINT',
        },
      },
      await authHeaderFor(seedUser('ADMIN')),
    );
    const id = submitted.body.data?.submitAppeal.id;
    expect(submitted.body.errors).toBeUndefined();
    // A few relay tries later: every row still waits (the appeal's records among them; the seed's
    // and the watchers' rows too), and the service still answers healthy.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const waiting = await outbox(database.url, id);
    expect(waiting.ofAppeal).toBe(RECORDS);
    expect(waiting.total).toBeGreaterThanOrEqual(before.total + RECORDS);
    expect(waiting.unsent).toBe(waiting.total);
    expect((await fetch(health)).status).toBe(200);

    // `npm run kafka:start` on that port: the same service, not restarted, delivers what waited.
    broker = privateKafka(kafkaPort);
    await broker.start();
    await until(
      async () => (await outbox(database.url)).unsent === 0,
      60_000,
      'the outbox to drain',
    );

    const kafka = createKafkaClient({
      clientId: 'start-without-java-test',
      logger: createLogger('start-without-java-test'),
      principal: 'admin',
      brokers: broker.brokers,
    });
    const admin = kafka.admin();
    await admin.connect();
    try {
      // A new broker: everything on these topics came from this service, so read them from the start.
      const start: StartOffsets = new Map();
      for (const topic of TOPICS)
        start.set(
          topic,
          (await topicEndOffsets(admin, topic)).map(({ partition }) => ({
            partition,
            offset: '0',
          })),
        );
      const reader = await readTopics(kafka, start);
      try {
        await reader.caughtUp(admin, 30_000);
        const mine = reader.records.filter((record) => record.key === id);
        expect(mine).toHaveLength(RECORDS);
        expect(
          new Set(mine.map((record) => `${record.topic}/${record.headers['ce_id']}`)).size,
        ).toBe(RECORDS);
        expect(
          mine.filter((record) => record.headers['ce_type'] === 'cn.erqi.appeal.submitted'),
        ).toHaveLength(1);
      } finally {
        await reader.stop();
      }
    } finally {
      await admin.disconnect();
    }
    expect((await fetch(health)).status).toBe(200);
  }, 300_000);
});
