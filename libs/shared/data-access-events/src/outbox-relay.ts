import type { ServiceName } from '@erqi/shared/util-event-catalogue';
import type { Logger } from '@erqi/shared/util-logging';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { startSendSpans } from './event-tracing';
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

/** How soon to look again when another replica's relay held the lock after this one's commit. */
const BUSY_RETRY_MS = 20;

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
  /** Set by `wake()`, cleared when a round that holds the lock begins: this process's commits not yet surely read. */
  private unpublishedWake = false;
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
    this.unpublishedWake = true;
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
        // A commit woken for before this round began is in what the round reads, unless another
        // replica's relay holds the lock: its round may have read before that commit, so look again soon.
        const woken = this.unpublishedWake;
        this.unpublishedWake = false;
        const { sent, busy } = await this.publishRound();
        if (this.failures > 0)
          this.options.logger.info('outbox: the broker answers again, publishing');
        this.failures = 0;
        if (sent === this.batchSize) delay = 0;
        else if (busy && woken) {
          this.unpublishedWake = true;
          delay = Math.min(this.pollMs, BUSY_RETRY_MS);
        }
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
    return (await this.publishRound()).sent;
  }

  /**
   * One round in one transaction: take the advisory lock and the oldest unsent rows in one statement,
   * send them in one `sendBatch`, mark them in one UPDATE. `busy` when another relay of the service
   * holds the lock (its round may have begun before this process's latest commit).
   */
  private async publishRound(): Promise<{ sent: number; busy: boolean }> {
    const outcome = await this.options.dataSource.transaction(
      async (manager): Promise<{ sent: number; busy: boolean; error?: unknown }> => {
        // The lock and the rows in one statement: the lock's subquery (volatile, so never inlined)
        // runs once, before any row is read, and the rows are read only with the lock; one row of
        // nulls answers whether it was taken when there is nothing to send.
        const claimed = (await manager.query(
          `SELECT round.locked, message.id, message.event_id AS "eventId", message.topic,
                  message.message_key AS "messageKey", message.headers, message.payload
             FROM (SELECT pg_try_advisory_xact_lock($1) AS locked) round
             LEFT JOIN LATERAL (
               SELECT * FROM outbox_message
                WHERE round.locked AND sent_at IS NULL
                ORDER BY id
                LIMIT $2
             ) message ON true
            ORDER BY message.id`,
          [this.lockKey, this.batchSize],
        )) as Array<ClaimedRow & { locked: boolean }>;
        const rows = claimed.filter((row) => row.id !== null);
        if (rows.length === 0) return { sent: 0, busy: claimed[0]?.locked !== true };
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
          return { sent: 0, busy: false, error };
        }
        await manager.query(
          `UPDATE outbox_message SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])`,
          [rows.map((row) => row.id)],
        );
        return { sent: rows.length, busy: false };
      },
    );
    if (outcome.error !== undefined) throw outcome.error;
    return outcome;
  }
}

/** An outbox row as a round reads it: what is sent, and the id to mark. */
interface ClaimedRow {
  id: string;
  eventId: string;
  topic: string;
  messageKey: string;
  headers: Record<string, string>;
  payload: string;
}

/** Groups rows by topic, keeping id order inside each topic (per-key order is all Kafka keeps anyway). */
function groupByTopic<T extends { topic: string }>(rows: T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
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
