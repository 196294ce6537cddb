import { IdempotentConsumer } from '@erqi/shared/data-access-events';
import type { BackgroundWorker } from '@erqi/shared/feature-subgraph-server';
import { DEPARTMENT_REGISTRY_TOPIC } from '@erqi/shared/util-event-catalogue';
import type { Logger } from '@erqi/shared/util-logging';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { applyDepartmentChanged } from './known-departments';

export interface DepartmentRegistryConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  /** Publishes the group's lag and dead letters at `/metrics`. @default none */
  metrics?: ServiceMetrics;
}

/**
 * Follows the compacted `grid.departments` into `known_department`. The group is named after this
 * database (`consumer_instance`), so a new database replays the registry from the beginning.
 */
export class DepartmentRegistryConsumer implements BackgroundWorker {
  private consumer: IdempotentConsumer | undefined;
  private starting: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: DepartmentRegistryConsumerOptions) {}

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
      groupId: `enterprise.departments.${row.id}`,
      topics: [DEPARTMENT_REGISTRY_TOPIC],
      handle: (event, manager) => applyDepartmentChanged(event, manager),
    });
    this.consumer.launch();
  }
}
