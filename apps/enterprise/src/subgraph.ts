import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import type { SubgraphDefinition } from '@erqi/shared/feature-subgraph-server';
import type { Logger } from 'typeorm';
import { createEnterpriseContextFactory, type EnterpriseContext, type EnterpriseOptions } from './context';
import { createEnterpriseDataSource } from './data-source';
import { buildEnterpriseSchema } from './schema';

/** Everything the enterprise subgraph needs to serve: migrated data source, schema and context factory. */
export async function createEnterpriseSubgraph(target: DatabaseTarget, sqlLogger?: Logger, options: EnterpriseOptions = {}): Promise<SubgraphDefinition<EnterpriseContext>> {
  const dataSource = await initializeServiceDataSource(createEnterpriseDataSource(target, sqlLogger));
  return { name: 'enterprise', schema: await buildEnterpriseSchema(), dataSource, createContext: createEnterpriseContextFactory(dataSource, options) };
}
