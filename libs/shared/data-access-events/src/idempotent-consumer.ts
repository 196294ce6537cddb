import {
  type CloudEvent,
  deadLetterTopic,
  fromKafkaRecord,
  MalformedEvent,
} from '@erqi/shared/util-event-catalogue';
import { readConsumerLag, type ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Logger } from '@erqi/shared/util-logging';
import { retryUntilDone } from '@erqi/shared/util-retry';
import type { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import { AppliedEvent } from './applied-event.entity';
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
   * for a message that can never be applied (it goes to the dead-letter topic at once).
   */
  handle: (event: CloudEvent, manager: EntityManager, topic: string) => Promise<void>;
  /** Tries before an event goes to `<topic>.dlq`. @default 3 */
  maxAttempts?: number | undefined;
  /** Wait between tries. @default 200 */
  retryDelayMs?: number;
  /** Called after an event's transaction committed, e.g. to wake an outbox relay. */
  onApplied?: (() => void) | undefined;
  /** Creates the topics and their dead-letter topics from the catalogue before subscribing. @default a TopicProvisioner of its own */
  provisioner?: TopicProvisioner | undefined;
}

/**
 * Consumes CloudEvents and applies each one exactly once: the event id is stored in the same
 * transaction as the effect, so a redelivery (a restart, a rebalance, a duplicate publish) changes
 * nothing. An event that keeps failing goes to `<topic>.dlq` with the error, and consumption moves on.
 */
export class IdempotentConsumer {
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private joined: Promise<void> | undefined;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;

  constructor(private readonly options: IdempotentConsumerOptions) {
    this.maxAttempts = options.maxAttempts ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 200;
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
      eachMessage: async ({ topic, partition, message }) => this.process(topic, partition, message),
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

  private async process(topic: string, partition: number, message: KafkaMessage): Promise<void> {
    let event: CloudEvent;
    try {
      event = fromKafkaRecord({ value: message.value, headers: message.headers });
    } catch (error) {
      await this.deadLetter(topic, partition, message, error);
      return;
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (await this.apply(event, topic)) this.options.onApplied?.();
        return;
      } catch (error) {
        if (error instanceof MalformedEvent || attempt >= this.maxAttempts) {
          await this.deadLetter(topic, partition, message, error);
          return;
        }
        this.options.logger.warn(`could not apply ${event.type} ${event.id}, trying again`, {
          attempt,
          error: errorMessage(error),
        });
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * attempt));
      }
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

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    error: unknown,
  ): Promise<void> {
    const reason = errorMessage(error);
    this.options.metrics?.countDeadLetter(this.options.groupId, topic);
    this.options.logger.error(`moving a message of ${topic} to ${deadLetterTopic(topic)}`, {
      partition,
      offset: message.offset,
      error: reason,
    });
    await this.producer?.send({
      topic: deadLetterTopic(topic),
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            dlq_error: reason,
            dlq_topic: topic,
            dlq_partition: String(partition),
            dlq_offset: message.offset,
            dlq_consumer: this.options.groupId,
          },
        },
      ],
    });
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
