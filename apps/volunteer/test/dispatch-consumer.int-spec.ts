import { sendSettled } from '@erqi/shared/data-access-topic-reader';
import { randomBytes, randomUUID } from 'node:crypto';
import { createKafkaClient, kafkaBrokersFromEnv } from '@erqi/shared/data-access-events';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import {
  deadLetterTopic,
  toKafkaRecord,
  VOLUNTEER_LIFECYCLE_TOPIC,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import type { Admin, Consumer, Kafka, KafkaMessage, Message, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { createVolunteerSubgraph, type VolunteerSubgraph } from '../src/subgraph';
import { VolunteerDispatchConsumer } from '../src/volunteer-task/volunteer-task.consumer';
import { VolunteerTeam } from '../src/volunteer-team/volunteer-team.entity';
import { volunteerDispatch } from './dispatch-events';

jest.setTimeout(90_000);

/** Polls until `done` holds, or fails with the last value seen once the deadline passes. */
async function eventually<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Reads a topic from the beginning into a list, in a group of its own. */
async function collect(kafka: Kafka, topic: string, into: KafkaMessage[]): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: `volunteer-test-reader-${randomUUID()}` });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        into.push(message);
      },
    });
  } catch (error) {
    await consumer.disconnect();
    throw error;
  }
  return consumer;
}

const header = (message: KafkaMessage, name: string): string | undefined =>
  message.headers?.[name]?.toString();

// Topics, teams and the consumer group are new in every run, so that a run never sees what an earlier one
// left on the broker: the group reads its topics from the beginning.
describe('the volunteer dispatch consumer on a real broker', () => {
  const logger = createLogger('volunteer-test');
  const run = randomBytes(4).toString('hex').toUpperCase();
  const lantern = {
    id: randomUUID(),
    code: `TEST_${run}_LANTERN`,
    name: '灯会测试志愿服务队',
    community: '八卦庙社区',
  };
  const snow = {
    id: randomUUID(),
    code: `TEST_${run}_SNOW`,
    name: '除雪测试志愿服务队',
    community: '八卦庙社区',
  };
  const groupId = `volunteer-service-test-${run}`;
  const kafka = createKafkaClient({
    clientId: 'volunteer-test',
    logger,
    // Plays the appeal service and reads back with groups of its own: the admin principal.
    principal: 'admin',
    brokers: kafkaBrokersFromEnv(),
  });

  let database: TestDatabase;
  let definition: VolunteerSubgraph;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  /** Tasks are not public: the checks read them as an admin. */
  let asAdmin: Record<string, string>;
  let admin: Admin;
  let producer: Producer;
  const readers: Consumer[] = [];
  const extraConsumers: VolunteerDispatchConsumer[] = [];
  const lifecycle: KafkaMessage[] = [];

  const send = (topic: string, messages: Message[]) =>
    sendSettled(producer, { topic, messages, acks: -1 });
  const sendEvent = (
    team: { id: string; code: string },
    event: ReturnType<typeof volunteerDispatch>,
  ) => send(volunteerTeamDispatchTopic(team.code), [toKafkaRecord(event, event.data.appealId)]);
  const tasksOfAppeal = async (appealId: string): Promise<number> =>
    (
      (await dataSource.query(
        `SELECT count(*)::int AS n FROM volunteer.volunteer_task WHERE appeal_id = $1`,
        [appealId],
      )) as Array<{ n: number }>
    )[0]?.n ?? -1;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    // The lifecycle topic is shared and may exist already (createTopics then leaves it alone).
    await admin.createTopics({
      topics: [
        ...[lantern, snow].map((team) => ({
          topic: volunteerTeamDispatchTopic(team.code),
          numPartitions: 3,
        })),
        { topic: VOLUNTEER_LIFECYCLE_TOPIC },
      ],
      waitForLeaders: true,
    });
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();

    asAdmin = await authHeaderFor(seedUser('ADMIN'));
    database = await createTestDatabase('volunteer_dispatch');
    definition = await createVolunteerSubgraph(
      subgraphDependencies(
        'volunteer',
        { kind: 'postgres', url: database.url },
        { kafka, logger, options: { consumerGroupId: groupId } },
      ),
    );
    dataSource = definition.dataSource;
    await dataSource.getRepository(VolunteerTeam).insert([lantern, snow]);
    subgraph = await startSubgraph(definition, { port: 0, rateLimit: TEST_RATE_LIMIT, logger });
    await definition.dispatchConsumer?.ready();
    readers.push(await collect(kafka, VOLUNTEER_LIFECYCLE_TOPIC, lifecycle));
  });

  afterAll(async () => {
    for (const consumer of extraConsumers) await consumer.stop();
    for (const reader of readers) await reader.disconnect();
    await subgraph?.stop();
    await producer?.disconnect();
    if (admin) {
      // The broker outlives the run: take this run's topics away again (best effort).
      const topics = [lantern, snow].flatMap((team) => [
        volunteerTeamDispatchTopic(team.code),
        deadLetterTopic(volunteerTeamDispatchTopic(team.code)),
      ]);
      try {
        const existing = new Set(await admin.listTopics());
        await admin.deleteTopics({ topics: topics.filter((topic) => existing.has(topic)) });
      } catch (error) {
        logger.warn('could not delete the test topics', {
          error: error instanceof Error ? error.message : String(error),
        });
      }
      await admin.disconnect();
    }
    await database?.drop();
  });

  it('turns a dispatch into exactly one task, shown on the appeal and on the team, and publishes task-created', async () => {
    const event = volunteerDispatch(lantern);
    const appealId = event.data.appealId;
    await sendEvent(lantern, event);
    await eventually(
      'the task',
      () => tasksOfAppeal(appealId),
      (count) => count >= 1,
    );

    const onAppeal = await postGraphQL<{
      _entities: Array<{
        volunteerTasks: Array<{
          id: string;
          title: string;
          status: string;
          team: { code: string };
        }>;
      }>;
    }>(
      subgraph.url,
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Appeal { volunteerTasks { id title status team { code } } } } }`,
      { representations: [{ __typename: 'Appeal', id: appealId }] },
      { ...(await serviceHeaders()), ...asAdmin },
    );
    expect(onAppeal.body.errors).toBeUndefined();
    const tasks = onAppeal.body.data?._entities[0]?.volunteerTasks ?? [];
    expect(tasks).toEqual([
      {
        id: expect.any(String),
        title: event.data.title,
        status: 'OPEN',
        team: { code: lantern.code },
      },
    ]);

    const onTeam = await postGraphQL<{
      volunteerTeam: { tasks: Array<{ id: string; appeal: { id: string } }> };
    }>(
      subgraph.url,
      `query($id: ID!) { volunteerTeam(id: $id) { tasks(status: OPEN) { id appeal { id } } } }`,
      { id: lantern.id },
      asAdmin,
    );
    expect(onTeam.body.data?.volunteerTeam.tasks).toContainEqual({
      id: tasks[0]?.id,
      appeal: { id: appealId },
    });

    // The service's own relay publishes the outbox row written with the task.
    const published = await eventually(
      'task-created on volunteer.lifecycle',
      async () => lifecycle.filter((message) => message.key?.toString() === appealId),
      (found) => found.length > 0,
    );
    expect(published).toHaveLength(1);
    expect(header(published[0] as KafkaMessage, 'ce_type')).toBe('cn.erqi.volunteer.task-created');
    expect(JSON.parse(published[0]?.value?.toString() ?? '{}')).toMatchObject({
      taskId: tasks[0]?.id,
      appealId,
      teamId: lantern.id,
      teamCode: lantern.code,
    });
  });

  it('applies the same event delivered twice once', async () => {
    const event = volunteerDispatch(lantern);
    await sendEvent(lantern, event);
    await sendEvent(lantern, event);
    // Same key, so the same partition: once the marker's task exists, both copies have been consumed.
    const marker = volunteerDispatch(lantern, {
      appealId: event.data.appealId,
      data: { title: 'marker' },
    });
    await sendEvent(lantern, marker);
    await eventually(
      'the marker task',
      () => tasksOfAppeal(event.data.appealId),
      (count) => count >= 2,
    );
    const rows = (await dataSource.query(
      `SELECT source_event_id AS "sourceEventId" FROM volunteer.volunteer_task WHERE appeal_id = $1 ORDER BY created_at`,
      [event.data.appealId],
    )) as Array<{ sourceEventId: string }>;
    expect(rows.map((row) => row.sourceEventId)).toEqual([event.id, marker.id]);
  });

  it('moves malformed records to the dead-letter topic with the error, and keeps going', async () => {
    const topic = volunteerTeamDispatchTopic(snow.code);
    const good = volunteerDispatch(snow);
    const key = good.data.appealId;
    const valid = toKafkaRecord(good, key);
    const schemaMismatch = toKafkaRecord(
      volunteerDispatch(snow, { appealId: key, data: { title: '' } }),
      key,
    );
    const unknownTeam = toKafkaRecord(
      volunteerDispatch({ id: randomUUID(), code: 'NO_SUCH_TEAM' }, { appealId: key }),
      key,
    );
    const idNotUuid = toKafkaRecord(
      { ...volunteerDispatch(snow, { appealId: key }), id: 'dispatch-1' },
      key,
    );
    const bad: Array<{ message: Message; error: RegExp }> = [
      { message: { key, value: valid.value }, error: /missing CloudEvents headers/ },
      { message: { key, value: '{"appealId": ', headers: valid.headers }, error: /not JSON/ },
      { message: schemaMismatch, error: /\/title/ },
      { message: unknownTeam, error: /no volunteer team NO_SUCH_TEAM/ },
      { message: idNotUuid, error: /uuid/i },
    ];
    // All under one key, in one partition, before the good record.
    await send(topic, [...bad.map(({ message }) => message), valid]);
    await eventually(
      'the good record applied after the bad ones',
      () => tasksOfAppeal(key),
      (count) => count === 1,
    );

    const dead: KafkaMessage[] = [];
    readers.push(await collect(kafka, deadLetterTopic(topic), dead));
    await eventually(
      'the dead letters',
      async () => dead.length,
      (count) => count >= bad.length,
    );
    expect(dead).toHaveLength(bad.length);
    dead.forEach((message, index) => {
      expect(header(message, 'dlq_error')).toMatch(bad[index]?.error ?? /./);
      expect(header(message, 'dlq_topic')).toBe(topic);
      expect(header(message, 'dlq_partition')).toMatch(/^\d+$/);
      expect(header(message, 'dlq_offset')).toMatch(/^\d+$/);
      expect(message.key?.toString()).toBe(key);
      expect(message.value?.toString()).toBe(bad[index]?.message.value?.toString());
    });
    expect(await tasksOfAppeal(key)).toBe(1);
  });

  it('publishes at /metrics the dead letters by topic, the group’s lag (none once caught up) and the outbox backlog', async () => {
    const metricsUrl = subgraph.url.replace(/\/graphql$/, '/metrics');
    const series = async (name: string): Promise<number> => {
      const line = (await (await fetch(metricsUrl)).text())
        .split('\n')
        .find((candidate) => candidate.startsWith(`${name} `));
      return Number(line?.slice(name.length + 1) ?? Number.NaN);
    };
    const snowTopic = volunteerTeamDispatchTopic(snow.code);
    expect(
      await series(`events_dead_lettered_total{consumer="${groupId}",topic="${snowTopic}"}`),
    ).toBe(5);
    // Offsets are committed shortly after a batch is applied.
    for (const partition of [0, 1, 2]) {
      await eventually(
        `no lag on ${snowTopic}/${partition}`,
        () =>
          series(
            `kafka_consumer_lag_messages{consumer="${groupId}",topic="${snowTopic}",partition="${partition}"}`,
          ),
        (lag) => lag === 0,
      );
    }
    await eventually(
      'an empty outbox',
      () => series('outbox_unsent_messages'),
      (unsent) => unsent === 0,
    );
    expect(await series('outbox_oldest_unsent_age_seconds')).toBe(0);
    expect(
      await series('sql_statements_total{service="volunteer",origin="background"}'),
    ).toBeGreaterThan(0);
  });

  it('loses and doubles nothing when a consumer stops mid-stream and another takes over the group', async () => {
    const total = 300;
    // Stop the running consumer, queue up the records, then let a new consumer of the group take a bite.
    await definition.dispatchConsumer?.stop();
    const events = Array.from({ length: total }, (_, index) =>
      volunteerDispatch(index % 2 === 0 ? lantern : snow),
    );
    for (const team of [lantern, snow]) {
      await send(
        volunteerTeamDispatchTopic(team.code),
        events
          .filter((event) => event.data.target.id === team.id)
          .map((event) => toKafkaRecord(event, event.data.appealId)),
      );
    }
    const appealIds = events.map((event) => event.data.appealId);
    const applied = async (): Promise<number> =>
      (
        (await dataSource.query(
          `SELECT count(*)::int AS n FROM volunteer.volunteer_task WHERE appeal_id = ANY($1::uuid[])`,
          [appealIds],
        )) as Array<{ n: number }>
      )[0]?.n ?? -1;

    const first = new VolunteerDispatchConsumer({
      kafka,
      dataSource,
      logger,
      groupId,
      clock: () => new Date(),
    });
    extraConsumers.push(first);
    first.launch();
    await first.ready();
    await eventually('the first consumer to apply some', applied, (count) => count >= 20);
    await first.stop();
    const afterFirst = await applied();
    expect(afterFirst).toBeLessThan(total);

    const second = new VolunteerDispatchConsumer({
      kafka,
      dataSource,
      logger,
      groupId,
      clock: () => new Date(),
    });
    extraConsumers.push(second);
    second.launch();
    await second.ready();
    await eventually('every record applied', applied, (count) => count >= total);

    const perAppeal = (await dataSource.query(
      `SELECT appeal_id AS "appealId", count(*)::int AS n FROM volunteer.volunteer_task WHERE appeal_id = ANY($1::uuid[]) GROUP BY appeal_id`,
      [appealIds],
    )) as Array<{ appealId: string; n: number }>;
    expect(perAppeal).toHaveLength(total);
    expect(perAppeal.every((row) => row.n === 1)).toBe(true);
    const [outbox] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM volunteer.outbox_message WHERE message_key = ANY($1::text[])`,
      [appealIds],
    )) as Array<{ n: number }>;
    expect(outbox?.n).toBe(total);
    const [remembered] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM volunteer.applied_event WHERE consumer = $1 AND event_id = ANY($2::text[])`,
      [groupId, events.map((event) => event.id)],
    )) as Array<{ n: number }>;
    expect(remembered?.n).toBe(total);
  });
});
