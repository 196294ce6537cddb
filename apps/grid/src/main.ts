import 'reflect-metadata';
import { runSubgraphMain } from '@erqi/shared/feature-subgraph-server';
import { seedGrid } from './seed';
import { createGridSubgraph } from './subgraph';

/** The grid subgraph: regions, grid cells, grid workers and departments. Port 4001. */
void runSubgraphMain({
  name: 'grid',
  defaultPort: 4001,
  create: ({ target, statements, kafka, logger }) => createGridSubgraph(target, statements, { kafka, logger }),
  seed: { table: 'grid_cell', run: seedGrid },
});
