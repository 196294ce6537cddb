import { randomUUID } from 'node:crypto';
import { topicConfigOf } from '@erqi/shared/data-access-events';
import { topicDeclarationOf } from '@erqi/shared/util-event-catalogue';
import type {
  Admin,
  Consumer,
  IHeaders,
  Kafka,
  Producer,
  ProducerRecord,
  RecordMetadata,
} from 'kafkajs';

/** One record as a department system would see it. */
export interface ReceivedRecord {
  topic: string;
  partition: number;
  offset: number;
  key: string | null;
  headers: Record<string, string>;
  value: string;
}

/** Where each partition of each topic ended before the test wrote anything: reading starts there. */
export type StartOffsets = Map<string, Array<{ partition: number; offset: string }>>;

/**
 * The topics are fixed by the contract and shared with every other test and process, so a test
 * remembers where they ended before it wrote, and reads from there.
 */
export async function recordEndOffsets(admin: Admin, topics: string[]): Promise<StartOffsets> {
  // A topic nobody has written to yet does not exist; make it (as the topic catalogue declares it) so it has offsets.
  const configs = topics.map((topic) => {
    const declaration = topicDeclarationOf(topic);
    return declaration ? topicConfigOf(topic, declaration) : { topic };
  });
  await settling(() => admin.createTopics({ topics: configs, waitForLeaders: true }));
  const offsets: StartOffsets = new Map();
  for (const topic of topics) {
    const ends = await topicEndOffsets(admin, topic);
    offsets.set(
      topic,
      ends.map(({ partition, high }) => ({ partition, offset: high })),
    );
  }
  return offsets;
}

/**
 * Where each partition of a topic begins and ends, asked again while the broker settles: a topic just
 * made (by us, or by a service starting at the same moment) or a broker just restarted has no leader
 * for a few seconds, and a busy machine stretches that well past kafkajs' own retries.
 */
export function topicEndOffsets(
  admin: Admin,
  topic: string,
): Promise<Array<{ partition: number; offset: string; high: string; low: string }>> {
  return settling(() => admin.fetchTopicOffsets(topic));
}

/** The broker's refusals that mean nothing was written: the partition has no leader yet. */
const NO_LEADER_YET = new Set([
  'NOT_LEADER_FOR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'UNKNOWN_TOPIC_OR_PARTITION',
]);

function refusedForNoLeader(error: unknown): boolean {
  // kafkajs wraps the broker's refusal once its own retries run out (…RetriesExceeded → cause).
  let cause = error;
  for (let depth = 0; depth < 5 && cause instanceof Error; depth += 1, cause = cause.cause) {
    if (NO_LEADER_YET.has(String((cause as { type?: unknown }).type))) return true;
  }
  return false;
}

/**
 * A test's `producer.send`, sent again while a partition has no leader yet (kafkajs' own few retries
 * run out on a busy machine). Only those refusals, which write nothing to the refused partition: a
 * send to one partition (one key) is never doubled; a send spread over partitions may repeat the
 * records of those that took it, which the consumers skip by CloudEvent id, as any redelivery. Any
 * other failure is the test's to see.
 */
export function sendSettled(producer: Producer, record: ProducerRecord): Promise<RecordMetadata[]> {
  return settling(() => producer.send(record), refusedForNoLeader);
}

/** How long `settling` keeps asking before it gives up with the broker's last refusal. */
const SETTLING_BUDGET_MS = 30_000;

/**
 * Asks again until the budget is spent: while a broker settles it refuses for a moment
 * (TOPIC_ALREADY_EXISTS, NOT_LEADER_FOR_PARTITION, LEADER_NOT_AVAILABLE).
 */
async function settling<T>(
  ask: () => Promise<T>,
  worthAskingAgain: (error: unknown) => boolean = () => true,
): Promise<T> {
  const deadline = Date.now() + SETTLING_BUDGET_MS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ask();
    } catch (error) {
      if (Date.now() >= deadline || !worthAskingAgain(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(300 * attempt, 2000)));
    }
  }
}

function headerText(headers: IHeaders | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) text[name] = first.toString();
  }
  return text;
}

export interface TopicReader {
  /** Every record read so far, in arrival order. */
  records: ReceivedRecord[];
  /** Resolves once `done(records)` holds, or fails after `timeoutMs` saying how far it got. */
  until(
    done: (records: ReceivedRecord[]) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<void>;
  /** Resolves once every record written so far to the topics (by anyone) has been read. */
  caughtUp(admin: Admin, timeoutMs: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Reads the topics from `start` with a consumer group of its own, and resolves once the group is
 * joined and a first fetch has applied the start offsets, so nothing written afterwards is missed.
 */
export async function readTopics(kafka: Kafka, start: StartOffsets): Promise<TopicReader> {
  const groupId = `topic-reader-${randomUUID()}`;
  const consumer: Consumer = kafka.consumer({
    groupId,
    allowAutoTopicCreation: false,
    maxWaitTimeInMs: 200,
  });
  const records: ReceivedRecord[] = [];
  const lastOffsets = new Map<string, number>();
  const waiters = new Set<() => void>();
  const notify = (): void => waiters.forEach((waiter) => waiter());

  const joined = new Promise<void>((resolve) => {
    const remove = consumer.on(consumer.events.GROUP_JOIN, () => {
      remove();
      resolve();
    });
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [...start.keys()], fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      records.push({
        topic,
        partition,
        offset: Number(message.offset),
        key: message.key?.toString() ?? null,
        headers: headerText(message.headers),
        value: message.value?.toString() ?? '',
      });
      lastOffsets.set(`${topic}:${partition}`, Number(message.offset));
      notify();
    },
  });
  for (const [topic, partitions] of start)
    for (const { partition, offset } of partitions) consumer.seek({ topic, partition, offset });
  await joined;
  // Seeks take effect at the start of a fetch: after two, the consumer reads from `start`.
  await new Promise<void>((resolve) => {
    let fetches = 0;
    const remove = consumer.on(consumer.events.FETCH, () => {
      fetches += 1;
      if (fetches < 2) return;
      remove();
      resolve();
    });
  });

  const until = (
    done: (all: ReceivedRecord[]) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (!done(records)) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`waited ${timeoutMs} ms for ${what}; read ${records.length} records`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    records,
    until,
    async caughtUp(admin, timeoutMs) {
      const ends: Array<{ key: string; last: number }> = [];
      for (const [topic, partitions] of start) {
        const from = new Map(
          partitions.map(({ partition, offset }) => [partition, Number(offset)]),
        );
        for (const { partition, high } of await topicEndOffsets(admin, topic)) {
          if (Number(high) > (from.get(partition) ?? 0))
            ends.push({ key: `${topic}:${partition}`, last: Number(high) - 1 });
        }
      }
      await until(
        () => ends.every(({ key, last }) => (lastOffsets.get(key) ?? -1) >= last),
        timeoutMs,
        'the consumer to reach the end of every partition',
      );
    },
    async stop() {
      await consumer.disconnect();
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await admin.disconnect();
    },
  };
}
