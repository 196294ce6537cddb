import 'reflect-metadata';
import { runSubgraphMain } from '@erqi/shared/feature-subgraph-server';
import { enterpriseOptionsFromEnv } from './context';
import { seedEnterprise } from './seed';
import { createEnterpriseSubgraph } from './subgraph';

/** The enterprise subgraph: enterprises, their codes (政企码) and inspections, and projects (项目管家). Port 4002. */
void runSubgraphMain({
  name: 'enterprise',
  defaultPort: 4002,
  create: ({ target, statements, kafka, logger }) => createEnterpriseSubgraph(target, statements, { ...enterpriseOptionsFromEnv(), kafka, logger }),
  seed: { table: 'enterprise', run: seedEnterprise },
});
