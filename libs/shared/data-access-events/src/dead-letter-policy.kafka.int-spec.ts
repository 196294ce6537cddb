import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  deadLetterTopic,
  departmentAcknowledgementTopic,
  MalformedEvent,
} from '@erqi/shared/util-event-catalogue';
import type { Logger } from '@erqi/shared/util-logging';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { AppliedEvent } from './applied-event.entity';
import { DEAD_LETTER_HEADERS } from './dead-letter-headers';
import { IdempotentConsumer } from './idempotent-consumer';
import { createKafkaClient } from './kafka-client';
import { type PrivatePostgres, startPrivatePostgres } from '@erqi/shared/util-private-postgres';

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

async function until(
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function report(
  id: string,
  note: string,
): {
  value: string;
  key: string;
  headers: Record<string, string>;
} {
  return {
    key: id,
    value: JSON.stringify({ note }),
    headers: {
      ce_specversion: '1.0',
      ce_id: id,
      ce_type: 'cn.erqi.department.reported-in',
      ce_source: '/test',
      ce_time: new Date().toISOString(),
      'content-type': 'application/json',
    },
  };
}

async function endOffset(admin: Admin, topic: string): Promise<number> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
}

/**
 * The consumer's failure policy against the real broker and a real PostgreSQL that goes away: a good
 * message waits for the database and is applied once; only a message that can never be applied is
 * dead-lettered, at once.
 */
describe('IdempotentConsumer dead-letter policy', () => {
  jest.setTimeout(120_000);
  const logger = collectingLogger();
  const topic = departmentAcknowledgementTopic(`DLQ_${randomUUID().slice(0, 8).toUpperCase()}`);
  const groupId = `dlq-policy-${randomUUID().slice(0, 8)}`;
  let postgres: PrivatePostgres;
  let dataSource: DataSource;
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  let consumer: IdempotentConsumer;

  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    dataSource = new DataSource({
      type: 'postgres',
      url: postgres.url,
      entities: [AppliedEvent],
      // A short connect timeout: while the server is down, each try fails fast and is retried.
      extra: { connectionTimeoutMillis: 1000 },
    });
    await dataSource.initialize();
    await dataSource.query(
      `CREATE TABLE applied_event (consumer text NOT NULL, event_id uuid NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (consumer, event_id))`,
    );
    await dataSource.query(`CREATE TABLE report (event_id uuid PRIMARY KEY, note text NOT NULL)`);
    // Plays the producing service and the consumer on a topic of its own: the admin principal.
    kafka = createKafkaClient({ clientId: 'dlq-policy-test', logger, principal: 'admin' });
    admin = kafka.admin();
    await admin.connect();
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    consumer = new IdempotentConsumer({
      kafka,
      dataSource,
      logger,
      groupId,
      topics: [topic],
      retryDelayMs: 100,
      maxRetryDelayMs: 500,
      handle: async (event, manager) => {
        const { note } = event.data as { note?: unknown };
        if (typeof note !== 'string') throw new MalformedEvent('note must be text');
        await manager.query(`INSERT INTO report (event_id, note) VALUES ($1, $2)`, [
          event.id,
          note,
        ]);
      },
    });
    consumer.launch();
    await consumer.ready();
  });

  afterAll(async () => {
    await consumer?.stop();
    await producer?.disconnect();
    await admin?.disconnect();
    await dataSource?.destroy().catch(() => undefined);
    await postgres?.destroy();
  });

  const reports = async (): Promise<string[]> =>
    (
      (await dataSource.query(`SELECT note FROM report ORDER BY note`)) as Array<{ note: string }>
    ).map((row) => row.note);

  it('holds a good message while PostgreSQL is down and applies it once it is back; nothing is dead-lettered', async () => {
    const dlqBefore = await endOffset(admin, deadLetterTopic(topic));
    await postgres.stop();
    await producer.send({
      topic,
      messages: [report(randomUUID(), 'sent while the database was down')],
    });
    // Far longer than the old three tries at 200/400 ms: the message must still be waiting.
    await until(() => logger.lines.filter((line) => line.includes('paused')).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(logger.lines.some((line) => line.includes('not dead-lettered'))).toBe(true);
    expect(await endOffset(admin, deadLetterTopic(topic))).toBe(dlqBefore);

    await postgres.start();
    await until(async () => (await reports().catch(() => [])).length === 1);
    expect(await reports()).toEqual(['sent while the database was down']);
    expect(await endOffset(admin, deadLetterTopic(topic))).toBe(dlqBefore);
    expect(logger.lines.some((line) => line.includes('resumed'))).toBe(true);
    // The offset moves on only now, past the applied message.
    await until(async () => {
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
      const total = (committed?.partitions ?? []).reduce(
        (sum, partition) => sum + Math.max(0, Number(partition.offset)),
        0,
      );
      return total === (await endOffset(admin, topic));
    });
  });

  it('dead-letters a message that is not a CloudEvent at once, saying why, whence, when and whose', async () => {
    const dlq = deadLetterTopic(topic);
    const dlqBefore = await endOffset(admin, dlq);
    const sentAt = Date.now();
    const [sent] = await producer.send({
      topic,
      messages: [{ key: 'broken', value: 'this is not JSON', headers: { ce_specversion: '1.0' } }],
    });
    await until(async () => (await endOffset(admin, dlq)) === dlqBefore + 1, 10_000);
    // At once: no retries with growing waits in between.
    expect(Date.now() - sentAt).toBeLessThan(5000);

    const reader = kafka.consumer({ groupId: `dlq-reader-${randomUUID()}` });
    const headers: Record<string, string> = {};
    await reader.connect();
    await reader.subscribe({ topics: [dlq], fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        if (message.key?.toString() !== 'broken') return;
        for (const [name, value] of Object.entries(message.headers ?? {}))
          headers[name] = String(value);
      },
    });
    await until(() => headers[DEAD_LETTER_HEADERS.reason] !== undefined, 15_000);
    await reader.disconnect();
    expect(headers[DEAD_LETTER_HEADERS.reason]).toMatch(/missing CloudEvents headers/);
    expect(headers[DEAD_LETTER_HEADERS.kind]).toBe('permanent:MalformedEvent');
    expect(headers[DEAD_LETTER_HEADERS.topic]).toBe(topic);
    expect(headers[DEAD_LETTER_HEADERS.partition]).toBe(String(sent?.partition));
    expect(headers[DEAD_LETTER_HEADERS.offset]).toBe(sent?.baseOffset);
    expect(headers[DEAD_LETTER_HEADERS.consumer]).toBe(groupId);
    expect(Date.parse(headers[DEAD_LETTER_HEADERS.at] ?? '')).toBeGreaterThanOrEqual(sentAt - 1000);
  });

  it('dead-letters a CloudEvent its handler refuses as never applicable, and keeps consuming', async () => {
    const dlq = deadLetterTopic(topic);
    const dlqBefore = await endOffset(admin, dlq);
    const refused = report(randomUUID(), 'x');
    refused.value = JSON.stringify({ note: 42 });
    await producer.send({
      topic,
      messages: [refused, report(randomUUID(), 'after the refused one')],
    });
    await until(async () => (await reports()).includes('after the refused one'));
    expect(await endOffset(admin, dlq)).toBe(dlqBefore + 1);
    expect(await reports()).toEqual(['after the refused one', 'sent while the database was down']);
  });

  it('applies a replayed dead letter meant for this group and leaves one meant for another group alone', async () => {
    const forOther = report(randomUUID(), 'replayed for another group');
    forOther.headers[DEAD_LETTER_HEADERS.replayFor] = 'some-other-consumer';
    const forUs = report(randomUUID(), 'replayed for us');
    forUs.headers[DEAD_LETTER_HEADERS.replayFor] = groupId;
    // One key, one partition: the one for us is read after the other, so the other had its chance.
    forUs.key = forOther.key;
    await producer.send({ topic, messages: [forOther, forUs] });
    await until(async () => (await reports()).includes('replayed for us'));
    expect(await reports()).not.toContain('replayed for another group');
  });
});
