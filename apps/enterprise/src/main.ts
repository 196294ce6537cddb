import 'reflect-metadata';
import { runSubgraphMain } from '@erqi/shared/feature-subgraph-server';
import { seedEnterprise } from './seed';
import { createEnterpriseSubgraph } from './subgraph';

/** The enterprise subgraph: enterprises and the enterprises of each grid cell. Port 4002. */
void runSubgraphMain({
  name: 'enterprise',
  defaultPort: 4002,
  create: ({ target, statements }) => createEnterpriseSubgraph(target, statements),
  seed: { table: 'enterprise', run: seedEnterprise },
});
