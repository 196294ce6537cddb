import { IdempotentConsumer } from '@erqi/shared/data-access-events';
import type { BackgroundWorker } from '@erqi/shared/feature-subgraph-server';
import { GRID_CELL_REGISTRY_TOPIC } from '@erqi/shared/util-event-catalogue';
import type { Logger } from '@erqi/shared/util-logging';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import { retryUntilDone } from '@erqi/shared/util-retry';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { applyGridCellEvent } from './known-grid-cell';

export interface GridCellRegistryConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  logger: Logger;
  /** Where its lag and dead letters are published. @default none */
  metrics?: ServiceMetrics;
  /** Prefix of the group name; the database's consumer instance follows it. @default 'volunteer-service' */
  groupPrefix?: string;
}

/**
 * Keeps `known_grid_cell` from the grid service's compacted `grid.grid-cells`, so that a team's cells
 * are checked here without calling the grid service. The group is named after this database's
 * consumer instance: a new database replays the registry from the beginning.
 */
export class GridCellRegistryConsumer implements BackgroundWorker {
  private consumer: IdempotentConsumer | undefined;
  private starting: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: GridCellRegistryConsumerOptions) {}

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
    const instance = await retryUntilDone(
      async () => {
        const [row] = (await dataSource.query('SELECT id FROM consumer_instance')) as Array<{
          id: string;
        }>;
        if (!row) throw new Error('consumer_instance is empty: its migration has not run');
        return row.id;
      },
      {
        stopped: () => this.stopped,
        report: (error, attempt) =>
          logger.warn('cannot read the consumer instance yet, retrying', {
            error: error instanceof Error ? error.message : String(error),
            attempt,
          }),
      },
    );
    if (instance === undefined || this.stopped) return;
    this.consumer = new IdempotentConsumer({
      kafka,
      dataSource,
      logger,
      groupId: `${this.options.groupPrefix ?? 'volunteer-service'}.grid-cells.${instance}`,
      topics: [GRID_CELL_REGISTRY_TOPIC],
      handle: (event, manager) => applyGridCellEvent(event, manager),
      ...(metrics ? { metrics } : {}),
    });
    this.consumer.launch();
  }
}
