import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import type { SubgraphDefinition } from '@erqi/shared/feature-subgraph-server';
import type { Logger } from 'typeorm';
import { createVolunteerContextFactory, type VolunteerContext } from './context';
import { createVolunteerDataSource } from './data-source';
import { buildVolunteerSchema } from './schema';

/** Everything the volunteer subgraph needs to serve: migrated data source, schema and context factory. */
export async function createVolunteerSubgraph(target: DatabaseTarget, sqlLogger?: Logger): Promise<SubgraphDefinition<VolunteerContext>> {
  const dataSource = await initializeServiceDataSource(createVolunteerDataSource(target, sqlLogger));
  return { name: 'volunteer', schema: await buildVolunteerSchema(), dataSource, createContext: createVolunteerContextFactory(dataSource) };
}
