import type { SeedDefinition } from '@erqi/shared/feature-subgraph-server';
import { departments, gridCells, gridWorkers, regions } from '@erqi/shared/util-seed-fixtures';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import type { DataSource } from 'typeorm';
import { Department } from './department/department.entity';
import { GridCell, type GridCellKind } from './grid-cell/grid-cell.entity';
import { boundingBox } from './grid-cell/point-in-ring';
import { GridWorker, GridWorkerAssignment } from './grid-worker/grid-worker.entity';
import { Region, type RegionLevel } from './region/region.entity';
import { departmentChangedEvent, gridCellChangedEvent } from './registry/registry.events';
import { seedCommunity } from './household/seed-community';

/**
 * Loads the article's places into the grid schema. Safe to run again: rows are upserted by id. The
 * departments and cells are published to their registries in the same transaction (again on a rerun:
 * the topics are compacted and their readers apply the latest state).
 */
export async function seedGrid(
  dataSource: DataSource,
  now: Date = new Date(),
): Promise<{ inserted: number }> {
  return dataSource.transaction(async (manager) => {
    const before = await manager.count(GridCell);
    const regionByCode = new Map(regions.map((region) => [region.code, region]));
    await manager.upsert(
      Region,
      regions.map((region) => ({
        id: region.id,
        code: region.code,
        name: region.name,
        level: region.level as RegionLevel,
        parentId: region.parentCode ? (regionByCode.get(region.parentCode)?.id ?? null) : null,
      })),
      ['id'],
    );
    await manager.upsert(
      GridCell,
      gridCells.map((cell) => ({
        id: cell.id,
        code: cell.code,
        name: cell.name,
        kind: cell.kind as GridCellKind,
        regionId: regionByCode.get(cell.regionCode)?.id ?? '',
        ring: cell.boundary,
        ...boundingBox(cell.boundary),
      })),
      ['id'],
    );
    await manager.upsert(Department, departments, ['id']);
    await manager.upsert(
      GridWorker,
      gridWorkers.map(({ id, name, phone }) => ({ id, name, phone })),
      ['id'],
    );
    const cellByCode = new Map(gridCells.map((cell) => [cell.code, cell.id]));
    await manager.upsert(
      GridWorkerAssignment,
      gridWorkers.flatMap((worker) =>
        worker.cellCodes.map((code) => ({
          gridWorkerId: worker.id,
          gridCellId: cellByCode.get(code) ?? '',
        })),
      ),
      ['gridWorkerId', 'gridCellId'],
    );
    await seedCommunity(manager);
    await enqueueEvents(manager, [
      ...departments.map((department) => departmentChangedEvent(department, now)),
      ...gridCells.map((cell) =>
        gridCellChangedEvent({ ...cell, kind: cell.kind as GridCellKind }, now),
      ),
    ]);
    return { inserted: (await manager.count(GridCell)) - before };
  });
}

/** What `main` loads into an empty database (SEED_WHEN_EMPTY) or on `--seed`. */
export const gridSeed: SeedDefinition = { table: 'grid_cell', run: seedGrid };
