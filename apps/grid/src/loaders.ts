import { byIdLoader } from '@erqi/shared/data-access-batch-loading';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Department } from './department/department.entity';
import { GridCell } from './grid-cell/grid-cell.entity';
import { GridWorker, GridWorkerAssignment } from './grid-worker/grid-worker.entity';
import { Region } from './region/region.entity';

/** Per-request loaders, so that a list of N cells costs one query per kind of child, not N. */
export function createGridLoaders(dataSource: DataSource) {
  return {
    gridCell: byIdLoader(dataSource, GridCell),
    region: byIdLoader(dataSource, Region),
    department: byIdLoader(dataSource, Department),
    workersByCell: new DataLoader<string, GridWorker[]>(async (cellIds) => {
      const assignments = await dataSource
        .getRepository(GridWorkerAssignment)
        .findBy({ gridCellId: In([...cellIds]) });
      const workerIds = [...new Set(assignments.map((assignment) => assignment.gridWorkerId))];
      const workers =
        workerIds.length > 0
          ? await dataSource.getRepository(GridWorker).findBy({ id: In(workerIds) })
          : [];
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
