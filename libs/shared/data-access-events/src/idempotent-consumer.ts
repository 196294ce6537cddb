import {
  type CloudEvent,
  deadLetterTopic,
  fromKafkaRecord,
} from '@erqi/shared/util-event-catalogue';
import { readConsumerLag, type ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Logger } from '@erqi/shared/util-logging';
import { isReportedAttempt, retryUntilDone } from '@erqi/shared/util-retry';
import type { Consumer, EachMessagePayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { AppliedEvent } from './applied-event.entity';
import { DEAD_LETTER_HEADERS } from './dead-letter-headers';
import { inProcessSpan } from './event-tracing';
import { classifyFailure, type FailureKind } from './failure-kind';
import { TopicProvisioner } from './topic-provisioner';

export interface IdempotentConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  /** Publishes the group's lag and dead letters at `/metrics`. @default none */
  metrics?: ServiceMetrics;
  /** The consumer group, also the name under which applied events are remembered. */
  groupId: string;
  topics: string[];
  /**
   * Applies one event inside the transaction that also records it as applied. Throw `MalformedEvent`
   * for a message that can never be applied (it goes to the dead-letter topic at once); any other
   * failure is retried until it passes.
   */
  handle: (event: CloudEvent, manager: EntityManager, topic: string) => Promise<void>;
  /**
   * @deprecated Ignored: a failure that can pass (database, broker) is retried until the message is
   * applied, and one that cannot goes to `<topic>.dlq` at once (see `classifyFailure`).
   */
  maxAttempts?: number | undefined;
  /** The first wait after a failed try; it doubles after each further failure. @default 200 */
  retryDelayMs?: number;
  /** The longest wait between tries: once the database is back, a message waits at most this long. @default 5000 */
  maxRetryDelayMs?: number;
  /** Called after an event's transaction committed, e.g. to wake an outbox relay. */
  onApplied?: (() => void) | undefined;
  /** Creates the topics and their dead-letter topics from the catalogue before subscribing. @default a TopicProvisioner of its own */
  provisioner?: TopicProvisioner | undefined;
}

/**
 * Consumes CloudEvents and applies each one exactly once: the event id is stored in the same
 * transaction as the effect, so a redelivery (a restart, a rebalance, a duplicate publish) changes
 * nothing. A failure that can pass (the database or the broker away, a deadlock) pauses the partition
 * and retries with a growing wait, holding the offset until the message is applied: it is never
 * dead-lettered. Only a message that can never be applied (not a CloudEvent, fails its schema, refused
 * by the handler as `MalformedEvent`) goes to `<topic>.dlq`, with why, whence, when and whose in
 * `dlq_*` headers, and consumption moves on.
 */
export class IdempotentConsumer {
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private joined: Promise<void> | undefined;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;

  constructor(private readonly options: IdempotentConsumerOptions) {
    this.retryDelayMs = options.retryDelayMs ?? 200;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 5_000;
    options.metrics?.watchConsumerLag(options.groupId, () =>
      readConsumerLag(options.kafka.admin(), options.groupId, options.topics),
    );
    this.provisioner =
      options.provisioner ?? new TopicProvisioner({ kafka: options.kafka, logger: options.logger });
  }

  private readonly provisioner: TopicProvisioner;

  private stopped = false;
  private launched: Promise<void> | undefined;

  /**
   * Starts in the background and keeps trying while the broker is unreachable (a service must come up
   * even when Kafka is down; it catches up from its committed offsets later).
   */
  launch(): void {
    this.stopped = false;
    this.launched = this.keepStarting();
  }

  /** Resolves once the consumer has joined its group (after `launch`). */
  async ready(): Promise<void> {
    await this.launched;
  }

  private async keepStarting(): Promise<void> {
    await retryUntilDone(
      async () => {
        try {
          await this.start();
        } catch (error) {
          await this.consumer?.disconnect().catch(() => undefined);
          await this.producer?.disconnect().catch(() => undefined);
          throw error;
        }
      },
      {
        stopped: () => this.stopped,
        report: (error, attempt) =>
          this.options.logger.warn(`cannot start consuming yet, retrying`, {
            error: errorMessage(error),
            attempt,
          }),
      },
    );
  }

  /** Connects and starts consuming; resolves once the group is joined and partitions are assigned. */
  async start(): Promise<void> {
    const { kafka, groupId, topics } = this.options;
    await this.provisioner.ensure([...topics, ...topics.map(deadLetterTopic)]);
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    // A short long-poll lets an idle consumer stop (and a service restart) within a second, not five.
    this.consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 1000,
    });
    const consumer = this.consumer;
    this.joined = new Promise((resolve) => {
      const removeListener = consumer.on(consumer.events.GROUP_JOIN, () => {
        removeListener();
        resolve();
      });
    });
    await this.producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      // Each record is applied in a span that continues the trace of the change that made it.
      eachMessage: async (payload) =>
        inProcessSpan({ ...payload, groupId }, () => this.process(payload)),
    });
    await this.joined;
    this.options.logger.info(`consuming ${topics.join(', ')} as ${groupId}`);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.launched?.catch(() => undefined);
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
  }

  private async process(payload: EachMessagePayload): Promise<void> {
    const { topic, message } = payload;
    const replayFor = header(message, DEAD_LETTER_HEADERS.replayFor);
    // A dead letter replayed for another group: that group applies it, this one has nothing to do.
    if (replayFor !== undefined && replayFor !== this.options.groupId) return;
    let event: CloudEvent | undefined;
    try {
      event = fromKafkaRecord({ value: message.value, headers: message.headers });
    } catch (error) {
      await this.untilDone(payload, 'dead-letter', () => this.deadLetter(payload, error));
      return;
    }
    const applying = event;
    let failure: unknown;
    const applied = await this.untilDone(
      payload,
      `apply ${applying.type} ${applying.id}`,
      async () => {
        try {
          if (await this.apply(applying, topic)) this.options.onApplied?.();
          return true;
        } catch (error) {
          if (classifyFailure(error) !== 'permanent') throw error;
          failure = error;
          return false;
        }
      },
    );
    if (!applied) {
      await this.untilDone(payload, 'dead-letter', () => this.deadLetter(payload, failure));
    }
  }

  /**
   * Runs `work` until it succeeds. While it fails the partition is paused (nothing further of it is
   * fetched) and the group is kept alive with heartbeats; the offset stays uncommitted, so a stop or a
   * rebalance in between redelivers the message rather than skip it.
   */
  private async untilDone<T>(
    payload: EachMessagePayload,
    what: string,
    work: () => Promise<T>,
  ): Promise<T> {
    const { topic, partition, message } = payload;
    let resume: (() => void) | undefined;
    const startedAt = Date.now();
    try {
      for (let attempt = 1; ; attempt += 1) {
        try {
          const done = await work();
          if (resume)
            this.options.logger.info(
              `${this.options.groupId} resumed ${topic}[${partition}] at offset ${message.offset}: ${what} succeeded after ${attempt} tries in ${Math.round((Date.now() - startedAt) / 1000)} s`,
            );
          return done;
        } catch (error) {
          const kind: FailureKind = classifyFailure(error);
          this.options.metrics?.countConsumerRetry(this.options.groupId, topic, kind);
          if (this.stopped) throw new ConsumerStopping(topic, partition, message.offset);
          const waitMs = Math.min(this.maxRetryDelayMs, this.retryDelayMs * 2 ** (attempt - 1));
          resume ??= payload.pause();
          if (isReportedAttempt(attempt))
            this.options.logger.warn(
              `${this.options.groupId} paused ${topic}[${partition}] at offset ${message.offset}: could not ${what} (${kind} failure), trying again in ${waitMs} ms; the offset is held, the message is not dead-lettered for this`,
              { attempt, error: errorMessage(error) },
            );
          await this.wait(waitMs);
          // Keeps the group membership through a long outage; a rebalance ends the wait (the new
          // owner of the partition starts again from the uncommitted offset).
          await payload.heartbeat();
        }
      }
    } finally {
      // Also when a rebalance or a stop ends the wait: a partition left paused would never be read again.
      resume?.();
    }
  }

  /** Waits `ms`, or less when the consumer is being stopped. */
  private async wait(ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (!this.stopped && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(100, until - Date.now())));
    }
  }

  /** Applies the event once; false when it had been applied before (a redelivery). */
  private async apply(event: CloudEvent, topic: string): Promise<boolean> {
    return this.options.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AppliedEvent)
        .values({ consumer: this.options.groupId, eventId: event.id })
        .orIgnore()
        .execute();
      // Already applied: a redelivery. Nothing to do.
      if ((inserted.raw as unknown[]).length === 0) return false;
      await this.options.handle(event, manager, topic);
      return true;
    });
  }

  private async deadLetter(payload: EachMessagePayload, error: unknown): Promise<void> {
    const { topic, partition, message } = payload;
    const reason = errorMessage(error);
    const { replayFor, replayOf, ...named } = DEAD_LETTER_HEADERS;
    // A dead letter replayed and refused again keeps its first origin, not the replay's.
    const headers = { ...message.headers };
    delete headers[replayFor];
    delete headers[replayOf];
    await this.producer?.send({
      topic: deadLetterTopic(topic),
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...headers,
            [named.reason]: reason,
            [named.kind]: `permanent:${error instanceof Error ? error.name : 'Error'}`,
            [named.topic]: topic,
            [named.partition]: String(partition),
            [named.offset]: message.offset,
            [named.consumer]: this.options.groupId,
            [named.at]: new Date().toISOString(),
          },
        },
      ],
    });
    this.options.metrics?.countDeadLetter(this.options.groupId, topic);
    this.options.logger.error(
      `${this.options.groupId} moved ${topic}[${partition}] offset ${message.offset} to ${deadLetterTopic(topic)}: it can never be applied`,
      { error: reason },
    );
  }
}

/** Thrown out of a retry when the consumer stops: the offset stays uncommitted and the message is redelivered. */
class ConsumerStopping extends Error {
  override readonly name = 'ConsumerStopping';
  constructor(topic: string, partition: number, offset: string) {
    super(
      `stopped before ${topic}[${partition}] offset ${offset} was applied; it will be redelivered`,
    );
  }
}

function header(message: KafkaMessage, name: string): string | undefined {
  const value = message.headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
