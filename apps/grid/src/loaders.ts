import { isUUID } from 'class-validator';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Department } from './department/department.entity';
import { GridCell } from './grid-cell/grid-cell.entity';
import { GridWorker, GridWorkerAssignment } from './grid-worker/grid-worker.entity';
import { Region } from './region/region.entity';

/** Loads rows by id in one query per batch, answering in the order asked (null where missing). */
function byIdLoader<TEntity extends { id: string }>(dataSource: DataSource, entity: new () => TEntity): DataLoader<string, TEntity | null> {
  return new DataLoader(async (ids) => {
    // A reference may carry any string; only UUIDs can name a row (PostgreSQL rejects the rest, failing the batch).
    const valid = ids.filter((id) => isUUID(id));
    const rows = valid.length > 0 ? await dataSource.getRepository(entity).findBy({ id: In(valid) } as never) : [];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request loaders, so that a list of N cells costs one query per kind of child, not N. */
export function createGridLoaders(dataSource: DataSource) {
  return {
    gridCell: byIdLoader(dataSource, GridCell),
    region: byIdLoader(dataSource, Region),
    department: byIdLoader(dataSource, Department),
    workersByCell: new DataLoader<string, GridWorker[]>(async (cellIds) => {
      const assignments = await dataSource.getRepository(GridWorkerAssignment).findBy({ gridCellId: In([...cellIds]) });
      const workerIds = [...new Set(assignments.map((assignment) => assignment.gridWorkerId))];
      const workers = workerIds.length > 0 ? await dataSource.getRepository(GridWorker).findBy({ id: In(workerIds) }) : [];
      const workerById = new Map(workers.map((worker) => [worker.id, worker]));
      return cellIds.map((cellId) =>
        assignments
          .filter((assignment) => assignment.gridCellId === cellId)
          .map((assignment) => workerById.get(assignment.gridWorkerId))
          .filter((worker): worker is GridWorker => worker !== undefined)
          .sort((a, b) => a.name.localeCompare(b.name, 'zh')),
      );
    }),
  };
}

export type GridLoaders = ReturnType<typeof createGridLoaders>;
