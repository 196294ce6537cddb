import { sendSettled } from '@erqi/shared/data-access-topic-reader';
import { randomUUID } from 'node:crypto';
import {
  createKafkaClient,
  kafkaBrokersFromEnv,
  TopicProvisioner,
} from '@erqi/shared/data-access-events';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import {
  type CloudEvent,
  COMMUNITY_SUGGESTIONS_TOPIC,
  createCloudEvent,
  DEPARTMENT_REGISTRY_TOPIC,
  ENTERPRISE_REGISTRY_TOPIC,
  eventCatalogue,
  type EventName,
  GRID_CELL_REGISTRY_TOPIC,
  toKafkaRecord,
} from '@erqi/shared/util-event-catalogue';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import {
  COMMUNITY_CODE,
  collectiveEnterprise,
  departments,
  gridCells,
} from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { Admin, Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { seedAppeal } from '../src/seed';
import { type AppealSubgraph, createAppealSubgraph } from '../src/subgraph';

const logger = createLogger('community-suggestions-test');
jest.setTimeout(60_000);

function eventOf(name: EventName, subject: string, data: Record<string, unknown>): CloudEvent {
  const { type, source } = eventCatalogue[name];
  return createCloudEvent({ type, source, subject, data });
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A resident's suggestion (意见表 on a birthday visit) becomes an appeal in one step: the grid
 * service's event on the real broker, applied by the appeal service once, under the id the
 * community chose, however often it is delivered.
 */
describe('community suggestions become appeals through the real Kafka broker (issue 14)', () => {
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  let database: TestDatabase;
  let definition: AppealSubgraph;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;

  const publish = async (topic: string, key: string, ...events: CloudEvent[]): Promise<void> => {
    await sendSettled(producer, {
      topic,
      acks: -1,
      messages: events.map((event) => toKafkaRecord(event, key)),
    });
  };
  const count = async (sql: string, parameters: unknown[] = []): Promise<number> => {
    const [row] = (await dataSource.query(`SELECT (${sql})::int AS n`, parameters)) as Array<{
      n: number;
    }>;
    return row?.n ?? -1;
  };

  beforeAll(async () => {
    kafka = createKafkaClient({
      clientId: 'community-suggestions-test',
      logger,
      principal: 'admin',
    });
    admin = kafka.admin();
    await admin.connect().catch((error: unknown) => {
      throw new Error(
        `No Kafka broker answers at ${kafkaBrokersFromEnv().join(',')} (${String(error)}); start one with \`npm run kafka:start\``,
      );
    });
    await new TopicProvisioner({ kafka, logger }).ensureServiceTopics('appeal');
    producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    database = await createTestDatabase('appeal_community_suggestions');
    definition = await createAppealSubgraph(
      subgraphDependencies('appeal', { kind: 'postgres', url: database.url }, { kafka, logger }),
    );
    dataSource = definition.dataSource;
    await seedAppeal(dataSource);
    const changedAt = new Date().toISOString();
    for (const department of departments)
      await publish(
        DEPARTMENT_REGISTRY_TOPIC,
        department.id,
        eventOf('departmentChanged', department.id, {
          departmentId: department.id,
          code: department.code,
          name: department.name,
          changedAt,
        }),
      );
    for (const cell of gridCells)
      await publish(
        GRID_CELL_REGISTRY_TOPIC,
        cell.id,
        eventOf('gridCellChanged', cell.id, {
          gridCellId: cell.id,
          code: cell.code,
          name: cell.name,
          kind: cell.kind,
          changedAt,
        }),
      );
    await publish(
      ENTERPRISE_REGISTRY_TOPIC,
      collectiveEnterprise.id,
      eventOf('enterpriseRegistryChanged', collectiveEnterprise.id, {
        enterpriseId: collectiveEnterprise.id,
        name: collectiveEnterprise.name,
        creditCode: collectiveEnterprise.creditCode,
        gridCellId: collectiveEnterprise.gridCellId,
        changedAt,
      }),
    );
    subgraph = await startSubgraph(definition, { port: 0, rateLimit: TEST_RATE_LIMIT, logger });
    await definition.consumers?.ready();
    await until('the collective enterprise in the copy', async () =>
      (await count('SELECT count(*) FROM appeal.known_enterprise WHERE id = $1', [
        collectiveEnterprise.id,
      ])) === 1
        ? true
        : undefined,
    );
  }, 60_000);

  afterAll(async () => {
    await subgraph?.stop();
    await producer?.disconnect();
    await admin?.disconnect();
    await database?.drop();
  });

  it('files the suggestion once as a COMMUNITY_VISIT appeal under the id the community chose, dispatched, whoever reads it', async () => {
    const appealId = randomUUID();
    const suggestionId = randomUUID();
    const raised = eventOf('communitySuggestionRaised', suggestionId, {
      suggestionId,
      appealId,
      communityCode: COMMUNITY_CODE,
      residentId: randomUUID(),
      text: '希望回迁小区早日交房，并增设老年食堂',
      visitKind: 'BIRTHDAY_VISIT',
      raisedAt: new Date().toISOString(),
    });
    // Delivered twice (a redelivery), and sent again under a new event id (a relay retried after a crash).
    const resent = { ...raised, id: randomUUID() };
    await publish(COMMUNITY_SUGGESTIONS_TOPIC, suggestionId, raised, raised, resent);
    // One key, one partition: the resent copy is handled last; once it is recorded, all three were.
    await until('all three deliveries handled', async () =>
      (await count('SELECT count(*) FROM appeal.applied_event WHERE event_id = $1', [
        resent.id,
      ])) === 1
        ? true
        : undefined,
    );
    expect(await count('SELECT count(*) FROM appeal.appeal WHERE id = $1', [appealId])).toBe(1);

    const response = await postGraphQL<{
      appeal: {
        id: string;
        channel: string;
        status: string;
        handlingMode: string;
        title: string;
        enterprise: { id: string };
      };
    }>(
      subgraph.url,
      `query($id: ID!) { appeal(id: $id) { id channel status handlingMode title enterprise { id } } }`,
      { id: appealId },
      await authHeaderFor(seedUser('ADMIN')),
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.appeal).toMatchObject({
      id: appealId,
      channel: 'COMMUNITY_VISIT',
      status: 'SUBMITTED',
      handlingMode: 'TRACKED',
      enterprise: { id: collectiveEnterprise.id },
    });
    expect(response.body.data?.appeal.title).toContain('希望回迁小区早日交房');
    expect(
      await count('SELECT count(*) FROM appeal.appeal_dispatch WHERE appeal_id = $1', [appealId]),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) FROM appeal.outbox_message WHERE message_key = $1 AND topic = 'appeal.lifecycle'`,
        [appealId],
      ),
    ).toBeGreaterThan(0);
  });
});
