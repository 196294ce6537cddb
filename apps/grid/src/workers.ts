import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { BackgroundWorker, SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { DataSource } from 'typeorm';
import type { GridOptions } from './context';
import { PolicyNoticeConsumer } from './policy-notice/policy-notice-consumer';

/** The grid subgraph's background work, started after it listens. */
export interface GridWorkers {
  workers: BackgroundWorker[];
  /** Publishes departments and grid cells from the outbox; only with Kafka (without it the rows wait in the outbox). */
  outboxRelay?: OutboxRelay;
  /** Keeps the cells' 二七帮 policy notices from `enterprise.policy-notices`; only with Kafka. */
  policyNotices?: PolicyNoticeConsumer;
}

export async function createGridWorkers(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<GridOptions>,
): Promise<GridWorkers> {
  const { kafka, logger, metrics } = dependencies;
  if (!kafka) return { workers: [] };
  const outboxRelay = new OutboxRelay({ dataSource, kafka, logger, metrics, service: 'grid' });
  const policyNotices = new PolicyNoticeConsumer({ kafka, dataSource, logger, metrics });
  return { workers: [outboxRelay, policyNotices], outboxRelay, policyNotices };
}
