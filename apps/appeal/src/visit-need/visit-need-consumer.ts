import { IdempotentConsumer } from '@erqi/shared/data-access-events';
import type { BackgroundWorker } from '@erqi/shared/feature-subgraph-server';
import { VISIT_NEEDS_TOPIC } from '@erqi/shared/util-event-catalogue';
import type { Logger } from '@erqi/shared/util-logging';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { type VisitNeedDependencies, visitNeedHandler } from './visit-need.handler';

export interface VisitNeedConsumerOptions extends VisitNeedDependencies {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  /** Called after an applied event committed (wakes the outbox relay: a filed appeal enqueues events). */
  onApplied?: () => void;
  /** Publishes the group's lag and dead letters at `/metrics`. @default none */
  metrics?: ServiceMetrics;
}

/**
 * Applies the needs raised on 万人助万企 visits (`enterprise.visit-needs`) as appeals. The group is
 * named after this database (`consumer_instance`), so a new database files every need it has not.
 */
export class VisitNeedConsumer implements BackgroundWorker {
  private consumer: IdempotentConsumer | undefined;
  private starting: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: VisitNeedConsumerOptions) {}

  launch(): void {
    this.stopped = false;
    this.starting = this.start();
  }

  /** Resolves once the consumer has joined its group. */
  async ready(): Promise<void> {
    await this.starting;
    await this.consumer?.ready();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.starting;
    await this.consumer?.stop();
  }

  private async start(): Promise<void> {
    const { kafka, dataSource, logger, metrics, onApplied } = this.options;
    const [row] = (await dataSource.query('SELECT id FROM consumer_instance')) as Array<{
      id: string;
    }>;
    if (!row || this.stopped) return;
    this.consumer = new IdempotentConsumer({
      kafka,
      dataSource,
      logger,
      ...(metrics ? { metrics } : {}),
      ...(onApplied ? { onApplied } : {}),
      groupId: `appeal.visit-needs.${row.id}`,
      topics: [VISIT_NEEDS_TOPIC],
      handle: visitNeedHandler(this.options),
    });
    this.consumer.launch();
  }
}
