import type { ServiceName } from '@erqi/shared/util-event-catalogue';
import type { Logger } from '@erqi/shared/util-logging';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { startSendSpans } from './event-tracing';
import { OutboxMessage } from './outbox.entity';
import { readOutboxBacklog } from './outbox-backlog';
import { TopicProvisioner } from './topic-provisioner';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: Kafka;
  logger: Logger;
  /** Publishes the backlog and the oldest unsent row's age at `/metrics`. @default none */
  metrics?: ServiceMetrics;
  /** Rows published per round. @default 200 */
  batchSize?: number;
  /** How often to look for rows when nobody calls `wake()`. @default 500 */
  pollMs?: number;
  /** Longest wait between tries while the broker is down. @default 5000 */
  maxBackoffMs?: number;
  /** Creates a batch's topics from the catalogue before they are first written. @default a TopicProvisioner of its own */
  provisioner?: TopicProvisioner;
  /** The service whose catalogue topics (what it writes and reads) are created before the first round. @default undefined (none ahead) */
  service?: ServiceName;
}

/**
 * Publishes the outbox to Kafka in id order with an idempotent producer and marks rows sent.
 * Only one relay per service publishes at a time (a PostgreSQL advisory lock per round), so several
 * replicas keep the order. While the broker is down rows wait, and the relay retries with backoff.
 */
export class OutboxRelay {
  private producer: Producer | undefined;
  private connected = false;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  /** Set by `wake()`: a commit happened, so look again before sleeping (a wake during a round is not lost). */
  private wakeRequested = false;
  private failures = 0;
  private serviceTopicsReady = false;
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly maxBackoffMs: number;
  /** Advisory lock key: the same for every replica of one service (schema), different across services. */
  private readonly lockKey: number;
  private readonly provisioner: TopicProvisioner;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 200;
    this.pollMs = options.pollMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 5000;
    this.provisioner =
      options.provisioner ?? new TopicProvisioner({ kafka: options.kafka, logger: options.logger });
    const schema = (options.dataSource.options as { schema?: string }).schema ?? 'public';
    this.lockKey = [...`outbox:${schema}`].reduce(
      (hash, char) => (hash * 31 + char.charCodeAt(0)) | 0,
      7,
    );
    options.metrics?.watchOutbox(() => readOutboxBacklog(options.dataSource));
  }

  /** Starts publishing in the background (a `BackgroundWorker`); never throws, retries on its own. */
  launch(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Publish soon: call after a transaction that enqueued events has committed. */
  wake(): void {
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    if (this.connected) await this.producer?.disconnect();
    this.connected = false;
  }

  /** Publishes what is waiting now, round after round, until nothing is left; returns how many. */
  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.publishBatch();
      total += sent;
      if (sent < this.batchSize) return total;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let delay = this.pollMs;
      try {
        if (this.options.service && !this.serviceTopicsReady) {
          await this.provisioner.ensureServiceTopics(this.options.service);
          this.serviceTopicsReady = true;
        }
        const sent = await this.publishBatch();
        if (this.failures > 0)
          this.options.logger.info('outbox: the broker answers again, publishing');
        this.failures = 0;
        if (sent === this.batchSize) delay = 0;
      } catch (error) {
        this.failures += 1;
        delay = Math.min(this.maxBackoffMs, 250 * 2 ** Math.min(this.failures, 5));
        // One line when publishing starts failing, then one every 20 tries: an outage should not flood the log.
        if (this.failures === 1 || this.failures % 20 === 0) {
          this.options.logger.warn('outbox: cannot publish, rows wait in the outbox', {
            error: errorMessage(error),
            tries: this.failures,
          });
        }
      }
      if (this.running && delay > 0) await this.sleep(delay);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.wakeRequested) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeRequested = false;
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private async ensureProducer(): Promise<Producer> {
    this.producer ??= this.options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    if (!this.connected) {
      await this.producer.connect();
      this.connected = true;
    }
    return this.producer;
  }

  private async publishBatch(): Promise<number> {
    const outcome = await this.options.dataSource.transaction(
      async (manager): Promise<{ sent: number; error?: unknown }> => {
        const [lock] = (await manager.query('SELECT pg_try_advisory_xact_lock($1) AS "locked"', [
          this.lockKey,
        ])) as Array<{ locked: boolean }>;
        if (!lock?.locked) return { sent: 0 };
        const rows = await manager
          .getRepository(OutboxMessage)
          .createQueryBuilder('message')
          .where('message.sent_at IS NULL')
          .orderBy('message.id', 'ASC')
          .limit(this.batchSize)
          .getMany();
        if (rows.length === 0) return { sent: 0 };
        // Each row's send continues the trace its change was made in (the context stored with the row).
        const sends = startSendSpans(rows);
        try {
          const groups = groupByTopic(rows);
          // A department or team topic is created the first time something is written to it.
          await this.provisioner.ensure(groups.map(([topic]) => topic));
          const producer = await this.ensureProducer();
          await producer.sendBatch({
            acks: -1,
            topicMessages: groups.map(([topic, messages]) => ({
              topic,
              messages: messages.map((row) => ({
                key: row.messageKey,
                value: row.payload,
                headers: sends.headersOf(row),
              })),
            })),
          });
          sends.end();
        } catch (error) {
          sends.end(error);
          this.connected = false;
          await this.producer?.disconnect().catch(() => undefined);
          await manager.query(
            `UPDATE outbox_message SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`,
            [rows.map((row) => row.id), errorMessage(error)],
          );
          // Commit the attempt count, then report the failure outside the transaction.
          return { sent: 0, error };
        }
        await manager.query(
          `UPDATE outbox_message SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])`,
          [rows.map((row) => row.id)],
        );
        return { sent: rows.length };
      },
    );
    if (outcome.error !== undefined) throw outcome.error;
    return outcome.sent;
  }
}

/** Groups rows by topic, keeping id order inside each topic (per-key order is all Kafka keeps anyway). */
function groupByTopic(rows: OutboxMessage[]): Array<[string, OutboxMessage[]]> {
  const groups = new Map<string, OutboxMessage[]>();
  for (const row of rows) {
    const group = groups.get(row.topic) ?? [];
    group.push(row);
    groups.set(row.topic, group);
  }
  return [...groups];
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
