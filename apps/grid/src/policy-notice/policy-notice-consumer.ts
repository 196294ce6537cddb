import { IdempotentConsumer } from '@erqi/shared/data-access-events';
import type { BackgroundWorker } from '@erqi/shared/feature-subgraph-server';
import { POLICY_NOTICES_TOPIC } from '@erqi/shared/util-event-catalogue';
import type { Logger } from '@erqi/shared/util-logging';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { applyPolicyPublished } from './policy-published.handler';

export interface PolicyNoticeConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  /** Publishes the group's lag and dead letters at `/metrics`. @default none */
  metrics?: ServiceMetrics;
}

/**
 * Follows `enterprise.policy-notices` into `policy_notice`, so a grid worker sees the policies its
 * cells' enterprises qualify for without the grid service asking the enterprise service. The group
 * is named after this database (`consumer_instance`): a new database replays the topic.
 */
export class PolicyNoticeConsumer implements BackgroundWorker {
  private consumer: IdempotentConsumer | undefined;
  private starting: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: PolicyNoticeConsumerOptions) {}

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
      groupId: `grid.policy-notices.${row.id}`,
      topics: [POLICY_NOTICES_TOPIC],
      handle: (event, manager) => applyPolicyPublished(event, manager),
    });
    this.consumer.launch();
  }
}
