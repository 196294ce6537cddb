import type { BackgroundWorker, SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { DataSource } from 'typeorm';
import type { EnterpriseOptions } from './context';

/** The enterprise subgraph's background work (outbox relay, consumers, scans), started after it listens. */
export interface EnterpriseWorkers {
  workers: BackgroundWorker[];
}

export async function createEnterpriseWorkers(_dataSource: DataSource, _dependencies: SubgraphDependencies<EnterpriseOptions>): Promise<EnterpriseWorkers> {
  return { workers: [] };
}
