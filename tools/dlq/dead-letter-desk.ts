import { randomUUID } from 'node:crypto';
import { DEAD_LETTER_HEADERS } from '@erqi/shared/data-access-events';
import type { Logger } from '@erqi/shared/util-logging';
import type { IHeaders, Kafka, KafkaMessage } from 'kafkajs';

/**
 * Headers of the marker records `drop` and `replay` append to the dead-letter topic itself: the topic
 * is its own audit trail, every operator sees the same state, and a marker outlives the message it
 * marks (it is younger, under the same retention).
 */
export const MARKER_HEADERS = {
  /** `dropped` or `replayed`. */
  action: 'dlq_marker',
  /** The offset (in the same topic and partition) of the dead letter it settles. */
  offset: 'dlq_marker_offset',
  partition: 'dlq_marker_partition',
  by: 'dlq_marker_by',
  at: 'dlq_marker_at',
  note: 'dlq_marker_note',
} as const;

export type MarkerAction = 'dropped' | 'replayed';

/** One message a consumer could not apply, as `list` shows it. */
export interface DeadLetter {
  dlqTopic: string;
  partition: number;
  offset: string;
  key: string | null;
  reason: string;
  kind: string;
  origin: { topic: string; partition: string; offset: string };
  /** The consumer group that gave up on it: a replay is for this group only. */
  consumer: string;
  deadLetteredAt: Date;
  ceType: string | undefined;
  headers: IHeaders;
  value: Buffer | null;
}

/** What an action did, as its audit line says it. */
export interface AuditEntry {
  by: string;
  action: 'list' | 'replay' | 'drop';
  at: Date;
  /** `<dlq topic>[<partition>]@<offset>` for replay and drop; the topics for list. */
  target: string;
  detail: string;
}

export interface DeadLetterDeskOptions {
  kafka: Kafka;
  logger: Logger;
  /** Who acts: the OS user or `--by`. */
  by: string;
  /** @default () => new Date() */
  now?: () => Date;
  /** Each action's audit line, also logged. @default console.log */
  print?: (line: string) => void;
}

/** Lists, replays and drops dead letters (`npm run dlq`): see docs/EVENTS.md, "Dead letters". */
export class DeadLetterDesk {
  private readonly now: () => Date;
  private readonly print: (line: string) => void;

  constructor(private readonly options: DeadLetterDeskOptions) {
    this.now = options.now ?? (() => new Date());
    this.print = options.print ?? ((line) => console.log(line));
  }

  /** The dead-letter topics: the one named, or every `*.dlq` on the broker. */
  async topics(topic?: string): Promise<string[]> {
    if (topic !== undefined) {
      if (!topic.endsWith('.dlq'))
        throw new RangeError(`${topic} is not a dead-letter topic (*.dlq)`);
      return [topic];
    }
    const admin = this.options.kafka.admin();
    await admin.connect();
    try {
      return (await admin.listTopics()).filter((name) => name.endsWith('.dlq')).sort();
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * Dead letters not yet dropped or replayed, oldest first: at most `limit`, after `after` (a
   * `<topic>@<offset>` cursor from the previous page).
   */
  async list(
    options: { topic?: string; limit?: number; after?: string } = {},
  ): Promise<{ letters: DeadLetter[]; next: string | undefined }> {
    const limit = options.limit ?? 20;
    const topics = await this.topics(options.topic);
    const pending = (await this.readAll(topics)).filter((letter) =>
      this.isAfterCursor(letter, options.after),
    );
    const page = pending.slice(0, limit);
    const last = page[page.length - 1];
    const next = pending.length > limit && last ? `${last.dlqTopic}@${last.offset}` : undefined;
    this.audit({
      action: 'list',
      target: options.topic ?? `every *.dlq (${topics.length} topics)`,
      detail: `${page.length} shown of ${pending.length} pending${next ? `, next page --after ${next}` : ''}`,
    });
    return { letters: page, next };
  }

  /** Sends dead letters back to their origin topic for the consumer that gave up on them. */
  async replay(options: { topic: string; offset?: string; all?: boolean }): Promise<DeadLetter[]> {
    const letters = await this.select(options);
    const producer = this.options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    try {
      for (const letter of letters) {
        await producer.send({
          topic: letter.origin.topic,
          messages: [
            {
              key: letter.key,
              value: letter.value,
              headers: {
                ...withoutDeadLetterHeaders(letter.headers),
                [DEAD_LETTER_HEADERS.replayFor]: letter.consumer,
                [DEAD_LETTER_HEADERS.replayOf]: `${letter.dlqTopic}@${letter.offset}`,
              },
            },
          ],
        });
        await this.mark(
          producer,
          letter,
          'replayed',
          `to ${letter.origin.topic} for ${letter.consumer}`,
        );
        this.audit({
          action: 'replay',
          target: `${letter.dlqTopic}[${letter.partition}]@${letter.offset}`,
          detail: `to ${letter.origin.topic} for consumer ${letter.consumer} (key ${letter.key ?? '-'}, was: ${letter.reason})`,
        });
      }
    } finally {
      await producer.disconnect();
    }
    return letters;
  }

  /** Settles a dead letter without replaying it: it is no longer listed, and the drop is on record. */
  async drop(options: { topic: string; offset: string; note?: string }): Promise<DeadLetter> {
    const [letter] = await this.select(options);
    if (!letter)
      throw new RangeError(`no pending dead letter at ${options.topic}@${options.offset}`);
    const producer = this.options.kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await this.mark(producer, letter, 'dropped', options.note ?? '');
    } finally {
      await producer.disconnect();
    }
    this.audit({
      action: 'drop',
      target: `${letter.dlqTopic}[${letter.partition}]@${letter.offset}`,
      detail: `from ${letter.origin.topic}, consumer ${letter.consumer}, key ${letter.key ?? '-'} (was: ${letter.reason})${options.note ? `; note: ${options.note}` : ''}`,
    });
    return letter;
  }

  private async select(options: {
    topic: string;
    offset?: string | undefined;
    all?: boolean | undefined;
  }): Promise<DeadLetter[]> {
    const [topic] = await this.topics(options.topic);
    const pending = await this.readAll(topic ? [topic] : []);
    if (options.all) return pending;
    const chosen = pending.filter((letter) => letter.offset === options.offset);
    if (chosen.length === 0)
      throw new RangeError(
        `no pending dead letter at ${options.topic}@${options.offset ?? '?'} (already dropped or replayed, or no such offset)`,
      );
    return chosen;
  }

  private async mark(
    producer: ReturnType<Kafka['producer']>,
    letter: DeadLetter,
    action: MarkerAction,
    note: string,
  ): Promise<void> {
    await producer.send({
      topic: letter.dlqTopic,
      messages: [
        {
          key: `marker:${letter.offset}`,
          value: null,
          partition: letter.partition,
          headers: {
            [MARKER_HEADERS.action]: action,
            [MARKER_HEADERS.offset]: letter.offset,
            [MARKER_HEADERS.partition]: String(letter.partition),
            [MARKER_HEADERS.by]: this.options.by,
            [MARKER_HEADERS.at]: this.now().toISOString(),
            [MARKER_HEADERS.note]: note,
          },
        },
      ],
    });
  }

  private isAfterCursor(letter: DeadLetter, after: string | undefined): boolean {
    if (after === undefined) return true;
    const at = after.lastIndexOf('@');
    const topic = after.slice(0, at);
    const offset = BigInt(after.slice(at + 1));
    if (letter.dlqTopic !== topic) return letter.dlqTopic > topic;
    return BigInt(letter.offset) > offset;
  }

  /** Reads the topics to their current end and keeps the dead letters no marker settled. */
  private async readAll(topics: string[]): Promise<DeadLetter[]> {
    if (topics.length === 0) return [];
    const { kafka } = this.options;
    const admin = kafka.admin();
    await admin.connect();
    const remaining = new Map<string, bigint>();
    try {
      for (const topic of topics)
        for (const { partition, high, low } of await admin.fetchTopicOffsets(topic))
          if (BigInt(high) > BigInt(low)) remaining.set(`${topic}:${partition}`, BigInt(high));
    } catch (error) {
      await admin.disconnect();
      throw error;
    }
    const letters: DeadLetter[] = [];
    const settled = new Set<string>();
    if (remaining.size > 0) {
      // A group of its own, deleted afterwards: reading commits nothing anyone else relies on.
      const groupId = `dlq-desk-${randomUUID()}`;
      const consumer = kafka.consumer({
        groupId,
        allowAutoTopicCreation: false,
        maxWaitTimeInMs: 200,
      });
      let finish: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (finish = resolve));
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ topic, partition, message }) => {
          const id = `${topic}:${partition}`;
          const end = remaining.get(id);
          if (end === undefined) return;
          const marker = header(message.headers, MARKER_HEADERS.action);
          if (marker !== undefined)
            settled.add(
              `${topic}:${header(message.headers, MARKER_HEADERS.partition) ?? partition}:${header(message.headers, MARKER_HEADERS.offset)}`,
            );
          else letters.push(deadLetterOf(topic, partition, message));
          if (BigInt(message.offset) + 1n >= end) remaining.delete(id);
          if (remaining.size === 0) finish();
        },
      });
      await done;
      await consumer.disconnect();
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
    await admin.disconnect();
    return letters
      .filter((letter) => !settled.has(`${letter.dlqTopic}:${letter.partition}:${letter.offset}`))
      .sort((a, b) =>
        a.dlqTopic === b.dlqTopic
          ? Number(BigInt(a.offset) - BigInt(b.offset))
          : a.dlqTopic < b.dlqTopic
            ? -1
            : 1,
      );
  }

  private audit(entry: Omit<AuditEntry, 'by' | 'at'>): void {
    const full: AuditEntry = { ...entry, by: this.options.by, at: this.now() };
    const line = `dlq audit: ${full.at.toISOString()} ${full.by} ${full.action} ${full.target}: ${full.detail}`;
    this.print(line);
    this.options.logger.info(line, {
      audit: true,
      by: full.by,
      action: full.action,
      target: full.target,
    });
  }
}

function deadLetterOf(topic: string, partition: number, message: KafkaMessage): DeadLetter {
  const headers = message.headers ?? {};
  const at = header(headers, DEAD_LETTER_HEADERS.at);
  return {
    dlqTopic: topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? null,
    reason: header(headers, DEAD_LETTER_HEADERS.reason) ?? '(no reason recorded)',
    kind: header(headers, DEAD_LETTER_HEADERS.kind) ?? '(unknown)',
    origin: {
      // Dead letters written before the origin header existed still name their topic by the DLQ's.
      topic: header(headers, DEAD_LETTER_HEADERS.topic) ?? topic.replace(/\.dlq$/, ''),
      partition: header(headers, DEAD_LETTER_HEADERS.partition) ?? '?',
      offset: header(headers, DEAD_LETTER_HEADERS.offset) ?? '?',
    },
    consumer: header(headers, DEAD_LETTER_HEADERS.consumer) ?? '(unknown)',
    deadLetteredAt: at ? new Date(at) : new Date(Number(message.timestamp)),
    ceType: header(headers, 'ce_type'),
    headers,
    value: message.value,
  };
}

/** The record's own headers, without what dead-lettering added. */
function withoutDeadLetterHeaders(headers: IHeaders): IHeaders {
  const added = new Set<string>(Object.values(DEAD_LETTER_HEADERS));
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !added.has(name)));
}

function header(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
