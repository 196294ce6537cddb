import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { runOutsideRequest } from '@erqi/shared/util-request-scope';
import { StatementCounter } from './statement-counter';

/** What waits in a service's outbox, read when `/metrics` is scraped. */
export interface OutboxBacklog {
  /** Rows not yet published. */
  unsent: number;
  /** Age of the oldest unpublished row, in seconds (0 when none waits). */
  oldestUnsentAgeSeconds: number;
}

/** How far one consumer group is behind on one partition. */
export interface PartitionLag {
  topic: string;
  partition: number;
  /** Messages between the group's committed offset and the end of the partition. */
  lag: number;
}

/** Seconds, from a millisecond API request to a minute-long consumer catch-up. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One service's Prometheus metrics (prom-client), published at `/metrics`: process metrics, HTTP and
 * GraphQL durations, SQL statements, and the hooks the outbox relay and the consumers register with.
 * One registry per instance, so tests can run several services in one process.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status_code'>;
  readonly graphqlOperationDuration: Histogram<'operation_type'>;
  readonly graphqlOperations: Counter;
  readonly graphqlErrors: Counter<'code'>;
  private readonly deadLetters: Counter<'consumer' | 'topic'>;
  private readonly consumerRetries: Counter<'consumer' | 'topic' | 'kind'>;
  private readonly outboxUnsent: Gauge;
  private readonly outboxOldestAge: Gauge;
  private readonly consumerLag: Gauge<'consumer' | 'topic' | 'partition'>;
  private sqlCounter: StatementCounter | undefined;
  private readonly outboxReaders: Array<() => Promise<OutboxBacklog>> = [];
  private readonly lagReaders = new Map<string, () => Promise<PartitionLag[]>>();

  constructor(readonly service: string) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpRequestDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests answered, by method, route and status.',
      labelNames: ['method', 'route', 'status_code'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.graphqlOperationDuration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operations from parsing to the answer, by operation type.',
      labelNames: ['operation_type'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.graphqlOperations = new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations answered.',
      registers,
    });
    this.graphqlErrors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors in answers, by extensions.code.',
      labelNames: ['code'],
      registers,
    });
    this.deadLetters = new Counter({
      name: 'events_dead_lettered_total',
      help: 'Events a consumer gave up on and moved to <topic>.dlq, by consumer group and source topic.',
      labelNames: ['consumer', 'topic'],
      registers,
    });
    this.consumerRetries = new Counter({
      name: 'events_consumer_retries_total',
      help: 'Failed tries to apply (or dead-letter) an event that the consumer retries, holding its partition, by consumer group, topic and kind of failure (transient, unclassified).',
      labelNames: ['consumer', 'topic', 'kind'],
      registers,
    });
    this.outboxUnsent = new Gauge({
      name: 'outbox_unsent_messages',
      help: 'Outbox rows not yet published to Kafka.',
      registers,
    });
    this.outboxOldestAge = new Gauge({
      name: 'outbox_oldest_unsent_age_seconds',
      help: 'Age of the oldest outbox row not yet published (0 when none waits).',
      registers,
    });
    this.consumerLag = new Gauge({
      name: 'kafka_consumer_lag_messages',
      help: 'Messages a consumer group has yet to apply, by group, topic and partition.',
      labelNames: ['consumer', 'topic', 'partition'],
      registers,
    });
  }

  /**
   * The TypeORM logger to give the service's data source: counts statements by origin
   * (`sql_statements_total{service,origin}`), and tests read its totals.
   */
  get statements(): StatementCounter {
    if (!this.sqlCounter) {
      const counter = new Counter({
        name: 'sql_statements_total',
        help: 'SQL statements this service sent to its database, by origin (answering requests, or background work).',
        labelNames: ['service', 'origin'],
        registers: [this.registry],
      });
      // Both series from the start: a scrape before the first request reads 0, not nothing.
      for (const origin of ['request', 'background'] as const)
        counter.inc({ service: this.service, origin }, 0);
      this.sqlCounter = new StatementCounter(50, (origin) =>
        counter.inc({ service: this.service, origin }),
      );
    }
    return this.sqlCounter;
  }

  /** The outbox relay's hook: how to read what waits to be published. */
  watchOutbox(read: () => Promise<OutboxBacklog>): void {
    this.outboxReaders.push(read);
  }

  /** An idempotent consumer's hook: how to read its group's lag from the broker. */
  watchConsumerLag(consumerGroup: string, read: () => Promise<PartitionLag[]>): void {
    this.lagReaders.set(consumerGroup, read);
  }

  /** An idempotent consumer's hook: it moved an event of `topic` to the dead-letter topic. */
  countDeadLetter(consumerGroup: string, topic: string): void {
    this.deadLetters.inc({ consumer: consumerGroup, topic });
  }

  /** A gauge read when `/metrics` is scraped (no series while `read` answers undefined). */
  watchGauge(name: string, help: string, read: () => number | undefined): void {
    // A service built again on the same metrics (tests) reads the newest.
    this.registry.removeSingleMetric(name);
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        const value = read();
        if (value === undefined) this.reset();
        else this.set(value);
      },
    });
  }

  /** An idempotent consumer's hook: a try failed and it will try again (the partition waits). */
  countConsumerRetry(consumerGroup: string, topic: string, kind: string): void {
    this.consumerRetries.inc({ consumer: consumerGroup, topic, kind });
  }

  /**
   * The Prometheus text exposition of every metric. The outbox and lag gauges are read now, from the
   * database and the broker, so every replica reports the same truth; the reads count as background
   * work, not as SQL some caller's request cost.
   */
  async text(): Promise<string> {
    return runOutsideRequest(async () => {
      await Promise.all([this.readOutbox(), this.readLag()]);
      return this.registry.metrics();
    });
  }

  private async readOutbox(): Promise<void> {
    if (this.outboxReaders.length === 0) return;
    // A database that does not answer reads as nothing waiting: the health check reports it, not this.
    const backlogs = await Promise.all(
      this.outboxReaders.map((read) =>
        read().catch(() => ({ unsent: 0, oldestUnsentAgeSeconds: 0 })),
      ),
    );
    this.outboxUnsent.set(backlogs.reduce((sum, backlog) => sum + backlog.unsent, 0));
    this.outboxOldestAge.set(
      Math.max(0, ...backlogs.map((backlog) => backlog.oldestUnsentAgeSeconds)),
    );
  }

  private async readLag(): Promise<void> {
    this.consumerLag.reset();
    for (const [consumer, read] of this.lagReaders) {
      // A broker that does not answer leaves the group out of this scrape rather than failing all of it.
      const lags = await read().catch(() => []);
      for (const { topic, partition, lag } of lags)
        this.consumerLag.set({ consumer, topic, partition: String(partition) }, lag);
    }
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
