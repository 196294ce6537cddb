import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { SubgraphDefinition } from '@erqi/shared/feature-subgraph-server';
import { createLogger, type Logger as ServiceLogger } from '@erqi/shared/util-http-server';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'typeorm';
import { createGridContextFactory, type GridContext } from './context';
import { createGridDataSource } from './data-source';
import { buildGridSchema } from './schema';

export interface GridSubgraphOptions {
  /** The cluster the registries (departments, grid cells) are published to. @default undefined (no relay: rows wait in the outbox) */
  kafka?: Kafka;
  /** For the relay's log lines. @default createLogger('grid') */
  logger?: ServiceLogger;
}

/** Everything the grid subgraph needs to serve: migrated data source, schema, context factory and, with Kafka, its outbox relay. */
export async function createGridSubgraph(target: DatabaseTarget, sqlLogger?: Logger, options: GridSubgraphOptions = {}): Promise<SubgraphDefinition<GridContext>> {
  const dataSource = await initializeServiceDataSource(createGridDataSource(target, sqlLogger));
  const workers = options.kafka ? [new OutboxRelay({ dataSource, kafka: options.kafka, logger: options.logger ?? createLogger('grid'), service: 'grid' })] : [];
  return { name: 'grid', schema: await buildGridSchema(), dataSource, createContext: createGridContextFactory(dataSource), workers };
}
