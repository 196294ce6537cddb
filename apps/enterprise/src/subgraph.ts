import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { SubgraphDefinition } from '@erqi/shared/feature-subgraph-server';
import { createLogger, type Logger as ServiceLogger } from '@erqi/shared/util-http-server';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'typeorm';
import { createEnterpriseContextFactory, type EnterpriseContext, type EnterpriseOptions } from './context';
import { createEnterpriseDataSource } from './data-source';
import { buildEnterpriseSchema } from './schema';

export interface EnterpriseSubgraphOptions extends EnterpriseOptions {
  /** The cluster the enterprise registry is published to. @default undefined (no relay: rows wait in the outbox) */
  kafka?: Kafka;
  /** For the relay's log lines. @default createLogger('enterprise') */
  logger?: ServiceLogger;
}

/** Everything the enterprise subgraph needs to serve: migrated data source, schema, context factory and, with Kafka, its outbox relay. */
export async function createEnterpriseSubgraph(
  target: DatabaseTarget,
  sqlLogger?: Logger,
  options: EnterpriseSubgraphOptions = {},
): Promise<SubgraphDefinition<EnterpriseContext>> {
  const dataSource = await initializeServiceDataSource(createEnterpriseDataSource(target, sqlLogger));
  const { kafka, logger, ...enterpriseOptions } = options;
  const relay = kafka ? new OutboxRelay({ dataSource, kafka, logger: logger ?? createLogger('enterprise'), service: 'enterprise' }) : undefined;
  const createContext = createEnterpriseContextFactory(dataSource, { onEventsCommitted: () => relay?.wake(), ...enterpriseOptions });
  return { name: 'enterprise', schema: await buildEnterpriseSchema(), dataSource, createContext, workers: relay ? [relay] : [] };
}
