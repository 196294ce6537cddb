import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Admin, Kafka, logLevel } from 'kafkajs';
import { readConsumerLag } from './consumer-lag';

/**
 * The admin's SCRAM credentials that `npm run kafka:start` wrote (a util lib cannot import the events
 * lib that reads them): the test makes topics and groups of its own.
 */
function adminSasl():
  { sasl: { mechanism: 'scram-sha-256'; username: string; password: string } } | object {
  const file = join(
    __dirname,
    '..',
    '..',
    '..',
    '..',
    '.data',
    'kafka',
    'credentials',
    'admin.json',
  );
  if (!existsSync(file)) return {};
  const { username, password } = JSON.parse(readFileSync(file, 'utf8')) as {
    username: string;
    password: string;
  };
  return { sasl: { mechanism: 'scram-sha-256', username, password } };
}

/** The broker the tests run against (`npm test` starts the project's own unless KAFKA_BROKERS names one). */
const kafka = new Kafka({
  clientId: 'consumer-lag-test',
  brokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
  logLevel: logLevel.NOTHING,
  ...adminSasl(),
});

describe('readConsumerLag on the real Kafka broker', () => {
  const topic = `test.consumer-lag.${randomUUID()}`;
  const groupId = `consumer-lag-${randomUUID()}`;
  let admin: Admin;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      acks: -1,
      messages: [0, 0, 0, 1].map((partition, index) => ({ partition, value: `m${index}` })),
    });
    await producer.disconnect();
  });

  afterAll(async () => {
    await admin?.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin?.disconnect();
  });

  it('counts from the start of each partition while the group has committed nothing, then from its offsets', async () => {
    expect(await readConsumerLag(kafka.admin(), groupId, [topic])).toEqual([
      { topic, partition: 0, lag: 3 },
      { topic, partition: 1, lag: 1 },
    ]);
    await admin.setOffsets({
      groupId,
      topic,
      partitions: [
        { partition: 0, offset: '2' },
        { partition: 1, offset: '1' },
      ],
    });
    expect(await readConsumerLag(kafka.admin(), groupId, [topic])).toEqual([
      { topic, partition: 0, lag: 1 },
      { topic, partition: 1, lag: 0 },
    ]);
    // Setting a new group's offsets waits for the broker's group coordinator: seconds, not milliseconds.
  }, 30_000);
});
