import { sendSettled } from '@erqi/shared/data-access-topic-reader';
import { randomUUID } from 'node:crypto';
import {
  createKafkaClient,
  kafkaBrokersFromEnv,
  TopicProvisioner,
} from '@erqi/shared/data-access-events';
import {
  startSubgraph,
  subgraphDependencies,
  type RunningSubgraph,
} from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import {
  createCloudEvent,
  eventCatalogue,
  POLICY_NOTICES_TOPIC,
  toKafkaRecord,
  type CloudEvent,
} from '@erqi/shared/util-event-catalogue';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import {
  enterpriseByName,
  gridCellByCode,
  type SeedUser,
  stableId,
} from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { Kafka, Producer } from 'kafkajs';
import { seedGrid } from '../src/seed';
import { createGridSubgraph, type GridSubgraph } from '../src/subgraph';

const logger = createLogger('policy-notices-test');
jest.setTimeout(60_000);

const NOTICES = `query { policyNotices(first: 50) { totalCount nodes { policyId enterpriseId enterpriseName gridCellId title amountCap closesOn } } }`;

interface Notices {
  policyNotices: {
    totalCount: number;
    nodes: Array<{
      policyId: string;
      enterpriseId: string;
      enterpriseName: string;
      gridCellId: string;
      title: string;
    }>;
  };
}

/**
 * The grid service keeps its cells' 二七帮 policy notices from `enterprise.policy-notices` on the real
 * broker: a grid worker sees the policies its cells' enterprises qualify for, and nobody else's; a
 * redelivered record changes nothing.
 */
describe('policy notices from the enterprise service, on the real Kafka broker', () => {
  let kafka: Kafka;
  let producer: Producer;
  let database: TestDatabase;
  let definition: GridSubgraph;
  let subgraph: RunningSubgraph;
  const policyId = randomUUID();
  const bafang = enterpriseByName('河南八方顺亿实业有限公司'); // BGM-E01
  const snacks = enterpriseByName('郑州水镇小吃餐饮管理有限公司'); // BGM-E03
  const communityWorker: SeedUser = {
    subject: stableId('user', 'grid-worker-c02'),
    role: 'GRID_WORKER',
    name: '网格员 刘洋',
    gridCellIds: [gridCellByCode('BGM-C02').id],
  };

  const recordFor = (
    cellCode: string,
    enterprises: Array<{ id: string; name: string }>,
    forPolicy = policyId,
  ): CloudEvent => {
    const { type, source } = eventCatalogue.policyPublished;
    const gridCellId = gridCellByCode(cellCode).id;
    return createCloudEvent({
      type,
      source,
      subject: forPolicy,
      data: {
        policyId: forPolicy,
        title: '小微企业稳岗扩岗奖补（测试）',
        departmentCode: 'MARKET_REGULATION',
        amountCap: 50_000,
        opensOn: '2024-03-01',
        closesOn: '2024-06-30',
        publishedAt: new Date().toISOString(),
        gridCellId,
        enterprises: enterprises.map(({ id, name }) => ({ enterpriseId: id, name })),
      },
    });
  };
  const send = (event: CloudEvent, key: string) =>
    sendSettled(producer, {
      topic: POLICY_NOTICES_TOPIC,
      acks: -1,
      messages: [toKafkaRecord(event, key)],
    });
  const noticesOf = async (who: SeedUser): Promise<Notices['policyNotices']> => {
    const { body } = await postGraphQL<Notices>(
      subgraph.url,
      NOTICES,
      {},
      await authHeaderFor(who),
    );
    expect(body.errors).toBeUndefined();
    return body.data?.policyNotices ?? { totalCount: 0, nodes: [] };
  };
  const rows = async (policy: string): Promise<number> =>
    Number(
      (
        (await definition.dataSource.query(
          'SELECT count(*) AS n FROM policy_notice WHERE policy_id = $1',
          [policy],
        )) as Array<{ n: string }>
      )[0]?.n,
    );

  beforeAll(async () => {
    kafka = createKafkaClient({ clientId: 'policy-notices-test', logger, principal: 'admin' });
    const admin = kafka.admin();
    await admin.connect().catch((error: unknown) => {
      throw new Error(
        `No Kafka broker answers at ${kafkaBrokersFromEnv().join(',')} (${String(error)}); start one with \`npm run kafka:start\``,
      );
    });
    await admin.disconnect();
    await new TopicProvisioner({ kafka, logger }).ensureServiceTopics('grid');
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    database = await createTestDatabase('policy_notices');
    definition = await createGridSubgraph(
      subgraphDependencies('grid', { kind: 'postgres', url: database.url }, { kafka }),
    );
    await seedGrid(definition.dataSource);
    subgraph = await startSubgraph(definition, { port: 0, rateLimit: TEST_RATE_LIMIT, logger });
    await definition.policyNotices?.ready();
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
    await producer?.disconnect();
  });

  it("shows a grid worker the policies its cells' enterprises qualify for, once each, and only its own cells'", async () => {
    const exclusive = seedUser('GRID_WORKER'); // BGM-E01, E02, E03
    const e01 = recordFor('BGM-E01', [bafang]);
    await send(e01, gridCellByCode('BGM-E01').id);
    await send(recordFor('BGM-E03', [snacks]), gridCellByCode('BGM-E03').id);
    // The same record again (a redelivery), then another policy's record on the same key: once that one
    // shows, the redelivery before it in the partition has been dealt with.
    await send(e01, gridCellByCode('BGM-E01').id);
    const laterPolicy = randomUUID();
    await send(recordFor('BGM-E01', [bafang], laterPolicy), gridCellByCode('BGM-E01').id);

    const deadline = Date.now() + 30_000;
    let notices = await noticesOf(exclusive);
    while (
      !(
        notices.nodes.some((notice) => notice.policyId === laterPolicy) &&
        notices.nodes.filter((notice) => notice.policyId === policyId).length >= 2
      ) &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      notices = await noticesOf(exclusive);
    }
    const mine = notices.nodes.filter((notice) => notice.policyId === policyId);
    expect(mine.map((notice) => notice.enterpriseName).sort()).toEqual(
      [bafang.name, snacks.name].sort(),
    );
    expect(mine.find((notice) => notice.enterpriseId === bafang.id)).toMatchObject({
      gridCellId: gridCellByCode('BGM-E01').id,
      title: '小微企业稳岗扩岗奖补（测试）',
    });
    // A worker of another cell is not told of this policy (the topic may hold other tests' policies).
    expect(
      (await noticesOf(communityWorker)).nodes.filter(
        (notice) => notice.policyId === policyId || notice.policyId === laterPolicy,
      ),
    ).toEqual([]);
    // One notice per enterprise and policy, however often the record came.
    expect(await rows(policyId)).toBe(2);
    expect(await rows(laterPolicy)).toBe(1);
  });

  it('shows no notices to roles without cells, and none to anonymous callers', async () => {
    const { body } = await postGraphQL<Notices>(
      subgraph.url,
      NOTICES,
      {},
      await authHeaderFor(seedUser('ENTERPRISE')),
    );
    expect(body.data?.policyNotices.totalCount).toBe(0);
    const anonymous = await postGraphQL<Notices>(subgraph.url, NOTICES, {});
    expect(anonymous.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const supervisor = await postGraphQL<Notices>(
      subgraph.url,
      NOTICES,
      {},
      await authHeaderFor(seedUser('SUPERVISOR')),
    );
    expect(supervisor.body.data?.policyNotices.totalCount).toBeGreaterThanOrEqual(2);
  });
});
