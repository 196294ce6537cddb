import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import type { SubgraphDefinition } from '@erqi/shared/feature-subgraph-server';
import type { Logger } from 'typeorm';
import { createGridContextFactory, type GridContext } from './context';
import { createGridDataSource } from './data-source';
import { buildGridSchema } from './schema';

/** Everything the grid subgraph needs to serve: migrated data source, schema and context factory. */
export async function createGridSubgraph(target: DatabaseTarget, sqlLogger?: Logger): Promise<SubgraphDefinition<GridContext>> {
  const dataSource = await initializeServiceDataSource(createGridDataSource(target, sqlLogger));
  return { name: 'grid', schema: await buildGridSchema(), dataSource, createContext: createGridContextFactory(dataSource) };
}
