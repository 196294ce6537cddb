import 'reflect-metadata';
import { runSubgraphMain } from '@erqi/shared/feature-subgraph-server';
import { seedAppeal } from './seed';
import { createAppealSubgraph } from './subgraph';

/** The appeal subgraph: appeals (郑好拍) with their categories, deadlines and timelines. Port 4003. */
void runSubgraphMain({
  name: 'appeal',
  defaultPort: 4003,
  create: ({ target, statements }) => createAppealSubgraph(target, { sqlLogger: statements }),
  seed: { table: 'appeal', run: (dataSource) => seedAppeal(dataSource) },
});
