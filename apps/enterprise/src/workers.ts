import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { BackgroundWorker, SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { DataSource } from 'typeorm';
import type { EnterpriseOptions } from './context';
import { AppealLifecycleConsumer } from './inspection-cause/appeal-lifecycle-consumer';

/** The enterprise subgraph's background work, started after it listens. */
export interface EnterpriseWorkers {
  workers: BackgroundWorker[];
  /** Publishes the enterprise registry from the outbox; only with Kafka (without it the rows wait in the outbox). */
  outboxRelay?: OutboxRelay;
  /** Keeps `known_appeal` (the appeals an inspection may name as its cause); only with Kafka. */
  appealLifecycle?: AppealLifecycleConsumer;
}

export async function createEnterpriseWorkers(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<EnterpriseOptions>,
): Promise<EnterpriseWorkers> {
  const { kafka, logger, metrics } = dependencies;
  if (!kafka) return { workers: [] };
  const outboxRelay = new OutboxRelay({
    dataSource,
    kafka,
    logger,
    metrics,
    service: 'enterprise',
  });
  const appealLifecycle = new AppealLifecycleConsumer({ kafka, dataSource, logger, metrics });
  return { workers: [outboxRelay, appealLifecycle], outboxRelay, appealLifecycle };
}
