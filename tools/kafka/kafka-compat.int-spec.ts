import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import type { Admin, Consumer, ConsumerGroupJoinEvent, IHeaders, LogEntry, Message } from 'kafkajs';
import { readKafkaCredentials, saslOptions } from '@erqi/shared/data-access-events';
import { ensureKafkaBroker } from './kafka';
import { fetchBrokerApiVersions, kafkajsVersionGaps } from './kafka-api-versions';

/**
 * What the project relies on from the broker that tools/kafka starts, exercised with kafkajs 2.2.4:
 * topics made by the admin client, an idempotent producer sending keyed messages with CloudEvents
 * headers, a consumer group reading them in order per key and committing, and a second member
 * joining the group (a rebalance). Any kafkajs warning or error other than the rebalance notices that
 * a join causes fails the test: that is how a protocol mismatch with a newer broker would show.
 */

interface ReceivedMessage {
  partition: number;
  key: string;
  sequence: number;
  eventId: string | undefined;
  eventType: string | undefined;
}

/** Errors a healthy cluster reports while a group rebalances or a new topic gets its leader; kafkajs retries them. */
const EXPECTED_RETRIABLE =
  /group is rebalancing|re-joining|There is no leader for this topic-partition|does not host this topic-partition/i;

const KEYS = ['appeal-1', 'appeal-2', 'appeal-3', 'appeal-4'] as const;
const MESSAGES_PER_KEY = 5;
const TOTAL = KEYS.length * MESSAGES_PER_KEY;

const unexpectedLogs: string[] = [];
const collectLogs = (): ((entry: LogEntry) => void) => (entry: LogEntry) => {
  const text = `${String(entry.log['error'] ?? '')} ${entry.log.message}`;
  if (entry.level <= logLevel.WARN && !EXPECTED_RETRIABLE.test(text)) {
    unexpectedLogs.push(`${entry.label} [${entry.namespace}] ${text.trim()}`);
  }
};

const headerText = (headers: IHeaders | undefined, name: string): string | undefined =>
  headers?.[name]?.toString();

/** Resolves with the member's next GROUP_JOIN: the moment it holds an assignment. */
function nextGroupJoin(consumer: Consumer): Promise<ConsumerGroupJoinEvent> {
  return new Promise((resolve) => {
    const remove = consumer.on(consumer.events.GROUP_JOIN, (event) => {
      remove();
      resolve(event);
    });
  });
}

/** Resolves after the consumer's next `count` fetch rounds. */
function fetches(consumer: Consumer, count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const remove = consumer.on(consumer.events.FETCH, () => {
      seen += 1;
      if (seen < count) return;
      remove();
      resolve();
    });
  });
}

function assignedPartitions(event: ConsumerGroupJoinEvent, topic: string): number[] {
  return [...(event.payload.memberAssignment[topic] ?? [])].sort((a, b) => a - b);
}

describe('the Kafka broker with kafkajs 2.2.4', () => {
  const runId = randomUUID().slice(0, 8);
  const topic = `tools.kafka-compat.${runId}`;
  const groupId = `tools-kafka-compat-${runId}`;
  let kafka: Kafka;
  let admin: Admin;
  let brokers: string[] = [];
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    const broker = await ensureKafkaBroker();
    brokers = broker.brokers;
    // Signed in as admin: the test makes and deletes a topic and a group of its own.
    const adminCredentials = readKafkaCredentials('admin');
    kafka = new Kafka({
      clientId: 'tools-kafka-compat',
      brokers,
      ...(adminCredentials ? { sasl: saslOptions(adminCredentials) } : {}),
      logLevel: logLevel.WARN,
      logCreator: collectLogs,
    });
    admin = kafka.admin();
    await admin.connect();
  }, 300_000);

  afterAll(async () => {
    await Promise.all(consumers.map((consumer) => consumer.disconnect()));
    await admin?.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin?.disconnect();
  }, 30_000);

  it('accepts the version kafkajs sends of every request kafkajs implements', async () => {
    const [host = '', port = ''] = (brokers[0] ?? '').split(':');
    const versions = await fetchBrokerApiVersions(host, Number(port));
    expect(versions.size).toBeGreaterThan(0);
    expect(kafkajsVersionGaps(versions)).toEqual([]);
  });

  it('creates a topic, produces idempotently, consumes in a group in order per key, commits and rebalances', async () => {
    expect(
      await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true }),
    ).toBe(true);

    const producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    const messages: Message[] = [];
    for (let sequence = 0; sequence < MESSAGES_PER_KEY; sequence += 1) {
      for (const key of KEYS) {
        messages.push({
          key,
          value: JSON.stringify({ key, sequence }),
          headers: {
            ce_id: randomUUID(),
            ce_type: 'cn.erqi.test.sequenced',
            ce_source: 'tools/kafka',
          },
        });
      }
    }
    const sent = await producer.send({ topic, acks: -1, messages });
    await producer.disconnect();
    expect(sent.every((record) => record.errorCode === 0)).toBe(true);

    const received: ReceivedMessage[] = [];
    let allReceived: () => void = () => undefined;
    const receivedAll = new Promise<void>((resolve) => (allReceived = resolve));
    const first = kafka.consumer({ groupId, maxWaitTimeInMs: 100, heartbeatInterval: 500 });
    consumers.push(first);
    const firstJoined = nextGroupJoin(first);
    await first.connect();
    await first.subscribe({ topic, fromBeginning: true });
    await first.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const body = JSON.parse(message.value?.toString() ?? '{}') as {
          key: string;
          sequence: number;
        };
        received.push({
          partition,
          key: message.key?.toString() ?? '',
          sequence: body.sequence,
          eventId: headerText(message.headers, 'ce_id'),
          eventType: headerText(message.headers, 'ce_type'),
        });
        await first.commitOffsets([
          { topic, partition, offset: (BigInt(message.offset) + 1n).toString() },
        ]);
        if (received.length === TOTAL) allReceived();
      },
    });

    const join = await firstJoined;
    expect(join.payload.groupId).toBe(groupId);
    expect(assignedPartitions(join, topic)).toEqual([0, 1, 2]);
    await receivedAll;

    for (const key of KEYS) {
      const ofKey = received.filter((message) => message.key === key);
      expect(ofKey.map((message) => message.sequence)).toEqual([0, 1, 2, 3, 4]);
      expect(new Set(ofKey.map((message) => message.partition)).size).toBe(1);
    }
    expect(received.every((message) => message.eventType === 'cn.erqi.test.sequenced')).toBe(true);
    expect(new Set(received.map((message) => message.eventId)).size).toBe(TOTAL);

    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    const committedTotal = (committed?.partitions ?? []).reduce(
      (sum, { offset }) => sum + Math.max(0, Number(offset)),
      0,
    );
    expect(committedTotal).toBe(TOTAL);

    // A second member: the group rebalances and the three partitions are split between the two.
    const second = kafka.consumer({ groupId, maxWaitTimeInMs: 100, heartbeatInterval: 500 });
    consumers.push(second);
    const firstRejoined = nextGroupJoin(first);
    const secondJoined = nextGroupJoin(second);
    const redelivered: number[] = [];
    await second.connect();
    await second.subscribe({ topic, fromBeginning: true });
    await second.run({ eachMessage: async ({ partition }) => void redelivered.push(partition) });
    const [firstAfter, secondAfter] = await Promise.all([firstRejoined, secondJoined]);
    const split = [
      ...assignedPartitions(firstAfter, topic),
      ...assignedPartitions(secondAfter, topic),
    ].sort((a, b) => a - b);
    expect(split).toEqual([0, 1, 2]);
    expect(assignedPartitions(secondAfter, topic).length).toBeGreaterThan(0);
    expect(firstAfter.payload.memberId).not.toBe(secondAfter.payload.memberId);

    const { groups } = await admin.describeGroups([groupId]);
    expect(groups[0]?.state).toBe('Stable');
    expect(groups[0]?.members).toHaveLength(2);
    // Committed offsets hold across the rebalance: two fetches later the new member has had nothing.
    await fetches(second, 2);
    expect(redelivered).toEqual([]);
    expect(unexpectedLogs).toEqual([]);
  }, 60_000);
});
