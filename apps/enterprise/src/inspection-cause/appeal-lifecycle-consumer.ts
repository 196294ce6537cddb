import { IdempotentConsumer } from '@erqi/shared/data-access-events';
import type { BackgroundWorker } from '@erqi/shared/feature-subgraph-server';
import { APPEAL_LIFECYCLE_TOPIC } from '@erqi/shared/util-event-catalogue';
import type { Logger } from '@erqi/shared/util-logging';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { applyAppealLifecycleEvent } from './known-appeal.handler';

export interface AppealLifecycleConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  /** Publishes the group's lag and dead letters at `/metrics`. @default none */
  metrics?: ServiceMetrics;
}

/**
 * Follows `appeal.lifecycle` into `known_appeal`, so that an inspection's cause is checked without
 * asking the appeal service. The group is named after this database (`consumer_instance`, written
 * by its migration): a new database replays the topic from the beginning.
 */
export class AppealLifecycleConsumer implements BackgroundWorker {
  private consumer: IdempotentConsumer | undefined;
  private starting: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: AppealLifecycleConsumerOptions) {}

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
    const { kafka, dataSource, logger, metrics } = this.options;
    const [row] = (await dataSource.query('SELECT id FROM consumer_instance')) as Array<{
      id: string;
    }>;
    if (!row || this.stopped) return;
    this.consumer = new IdempotentConsumer({
      kafka,
      dataSource,
      logger,
      ...(metrics ? { metrics } : {}),
      groupId: `enterprise.appeal-lifecycle.${row.id}`,
      topics: [APPEAL_LIFECYCLE_TOPIC],
      handle: (event, manager) => applyAppealLifecycleEvent(event, manager),
    });
    this.consumer.launch();
  }
}
