import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import type { SubgraphDefinition } from '@erqi/shared/feature-subgraph-server';
import type { Logger } from 'typeorm';
import { type Clock, systemClock } from './clock';
import { type AppealContext, createAppealContextFactory } from './context';
import { createAppealDataSource } from './data-source';
import { type EnterpriseDirectory, HttpEnterpriseDirectory } from './enterprise/enterprise-directory';
import { buildAppealSchema } from './schema';

export interface AppealSubgraphOptions {
  /** Receives every SQL statement (tests count them). @default undefined (no SQL logging) */
  sqlLogger?: Logger;
  /** Where enterprises are looked up. @default new HttpEnterpriseDirectory() (the enterprise subgraph at ENTERPRISE_SUBGRAPH_URL) */
  enterpriseDirectory?: EnterpriseDirectory;
  /** The time submissions are stamped with. @default () => new Date() */
  clock?: Clock;
}

/** Everything the appeal subgraph needs to serve: migrated data source, schema and context factory. */
export async function createAppealSubgraph(target: DatabaseTarget, options: AppealSubgraphOptions = {}): Promise<SubgraphDefinition<AppealContext>> {
  const dataSource = await initializeServiceDataSource(createAppealDataSource(target, options.sqlLogger));
  const createContext = createAppealContextFactory(dataSource, {
    enterpriseDirectory: options.enterpriseDirectory ?? new HttpEnterpriseDirectory(),
    clock: options.clock ?? systemClock,
  });
  return { name: 'appeal', schema: await buildAppealSchema(), dataSource, createContext };
}
