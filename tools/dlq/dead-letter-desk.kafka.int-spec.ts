import { randomUUID } from 'node:crypto';
import {
  createKafkaClient,
  DEAD_LETTER_HEADERS,
  TopicProvisioner,
} from '@erqi/shared/data-access-events';
import { readTopics, recordEndOffsets, sendSettled } from '@erqi/shared/data-access-topic-reader';
import { deadLetterTopic, departmentAcknowledgementTopic } from '@erqi/shared/util-event-catalogue';
import type { Logger } from '@erqi/shared/util-logging';
import type { Admin, Kafka, Producer } from 'kafkajs';
import { DeadLetterDesk } from './dead-letter-desk';

const silent: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silent,
};

/** `npm run dlq`'s list, replay and drop against the real broker, on a department topic of its own. */
describe('DeadLetterDesk (npm run dlq)', () => {
  jest.setTimeout(120_000);
  const code = `DESK_${randomUUID().slice(0, 8).toUpperCase()}`;
  const topic = departmentAcknowledgementTopic(code);
  const dlq = deadLetterTopic(topic);
  const printed: string[] = [];
  const deadLetteredAt = new Date('2026-11-30T08:00:00.000Z');
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  let desk: DeadLetterDesk;
  const eventIds = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    kafka = createKafkaClient({ clientId: 'dlq-desk-test', logger: silent, principal: 'admin' });
    admin = kafka.admin();
    await admin.connect();
    await new TopicProvisioner({ kafka, logger: silent }).ensure([topic, dlq]);
    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    // Three dead letters, as IdempotentConsumer writes them.
    await sendSettled(producer, {
      topic: dlq,
      messages: eventIds.map((id, index) => ({
        key: `appeal-${index}`,
        value: JSON.stringify({ appealId: `appeal-${index}`, departmentCode: code }),
        headers: {
          ce_specversion: '1.0',
          ce_id: id,
          ce_type: 'cn.erqi.department.reported-in',
          [DEAD_LETTER_HEADERS.reason]: `there is no appeal appeal-${index}`,
          [DEAD_LETTER_HEADERS.kind]: 'permanent:MalformedEvent',
          [DEAD_LETTER_HEADERS.topic]: topic,
          [DEAD_LETTER_HEADERS.partition]: '1',
          [DEAD_LETTER_HEADERS.offset]: String(40 + index),
          [DEAD_LETTER_HEADERS.consumer]: 'appeal-return-path',
          [DEAD_LETTER_HEADERS.at]: deadLetteredAt.toISOString(),
        },
      })),
    });
    desk = new DeadLetterDesk({
      kafka,
      logger: silent,
      by: 'operator-wang',
      now: () => new Date('2026-12-01T02:00:00.000Z'),
      print: (line) => void printed.push(line),
    });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await admin?.disconnect();
  });

  it('lists what waits, with reason, origin, age, key and consumer, a page at a time, and audits it', async () => {
    const first = await desk.list({ topic: dlq, limit: 2 });
    expect(first.letters.map((letter) => [letter.key, letter.reason])).toEqual([
      ['appeal-0', 'there is no appeal appeal-0'],
      ['appeal-1', 'there is no appeal appeal-1'],
    ]);
    expect(first.letters[0]).toMatchObject({
      origin: { topic, partition: '1', offset: '40' },
      consumer: 'appeal-return-path',
      deadLetteredAt,
      ceType: 'cn.erqi.department.reported-in',
    });
    expect(first.next).toBe(`${dlq}@${first.letters[1]?.offset}`);
    const second = await desk.list({
      topic: dlq,
      limit: 2,
      ...(first.next ? { after: first.next } : {}),
    });
    expect(second.letters.map((letter) => letter.key)).toEqual(['appeal-2']);
    expect(second.next).toBeUndefined();
    expect(printed).toContain(
      `dlq audit: 2026-12-01T02:00:00.000Z operator-wang list ${dlq}: 2 shown of 3 pending, next page --after ${first.next}`,
    );
    // Every *.dlq on the broker, ours among them.
    const all = await desk.list({ limit: 10_000 });
    expect(all.letters.filter((letter) => letter.dlqTopic === dlq)).toHaveLength(3);
  });

  it('drops one: it is no longer listed, cannot be dropped twice, and the drop is audited', async () => {
    const [first] = (await desk.list({ topic: dlq })).letters;
    const dropped = await desk.drop({ topic: dlq, offset: first?.offset ?? '', note: 'test data' });
    expect(dropped.key).toBe('appeal-0');
    expect((await desk.list({ topic: dlq })).letters.map((letter) => letter.key)).toEqual([
      'appeal-1',
      'appeal-2',
    ]);
    await expect(desk.drop({ topic: dlq, offset: first?.offset ?? '' })).rejects.toThrow(
      /no pending dead letter/,
    );
    expect(printed).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `operator-wang drop ${dlq.replace(/\./g, '\\.')}\\[0\\]@${first?.offset}: from ${topic.replace(/\./g, '\\.')}, consumer appeal-return-path, key appeal-0 .*note: test data`,
        ),
      ),
    );
  });

  it('replays one to its origin topic for its consumer, then the rest with --all', async () => {
    const start = await recordEndOffsets(admin, [topic]);
    const reader = await readTopics(kafka, start);
    try {
      const [next] = (await desk.list({ topic: dlq })).letters;
      await desk.replay({ topic: dlq, offset: next?.offset ?? '' });
      await reader.until((records) => records.length === 1, 15_000, 'the replayed record');
      const [replayed] = reader.records;
      expect(replayed?.key).toBe('appeal-1');
      expect(replayed?.headers['ce_id']).toBe(eventIds[1]);
      expect(replayed?.headers[DEAD_LETTER_HEADERS.replayFor]).toBe('appeal-return-path');
      expect(replayed?.headers[DEAD_LETTER_HEADERS.replayOf]).toBe(`${dlq}@${next?.offset}`);
      // What dead-lettering added does not travel back.
      expect(replayed?.headers[DEAD_LETTER_HEADERS.reason]).toBeUndefined();
      expect(JSON.parse(replayed?.value ?? '')).toEqual({
        appealId: 'appeal-1',
        departmentCode: code,
      });
      expect((await desk.list({ topic: dlq })).letters.map((letter) => letter.key)).toEqual([
        'appeal-2',
      ]);

      const rest = await desk.replay({ topic: dlq, all: true });
      expect(rest.map((letter) => letter.key)).toEqual(['appeal-2']);
      await reader.until((records) => records.length === 2, 15_000, 'the second replay');
      expect((await desk.list({ topic: dlq })).letters).toEqual([]);
      expect(printed.filter((line) => line.includes(' replay '))).toHaveLength(2);
    } finally {
      await reader.stop();
    }
  });
});
