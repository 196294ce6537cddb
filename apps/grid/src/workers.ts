import type { BackgroundWorker, SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { DataSource } from 'typeorm';
import type { GridOptions } from './context';

/** The grid subgraph's background work (outbox relay, consumers, scans), started after it listens. */
export interface GridWorkers {
  workers: BackgroundWorker[];
}

export async function createGridWorkers(_dataSource: DataSource, _dependencies: SubgraphDependencies<GridOptions>): Promise<GridWorkers> {
  return { workers: [] };
}
