import { createCloudEvent, eventCatalogue } from '@erqi/shared/util-event-catalogue';
import { gridCells } from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { applyGridCellEvent } from '../src/grid-cell/known-grid-cell';

/**
 * What the grid cell registry consumer does with the grid service's records of the seed cells, without
 * Kafka: the volunteer service then knows them, as it does once `grid.grid-cells` has been read.
 */
export async function learnSeedGridCells(dataSource: DataSource): Promise<void> {
  const { type, source } = eventCatalogue.gridCellChanged;
  await dataSource.transaction(async (manager) => {
    for (const cell of gridCells)
      await applyGridCellEvent(
        createCloudEvent({
          type,
          source,
          subject: cell.id,
          data: {
            gridCellId: cell.id,
            code: cell.code,
            name: cell.name,
            kind: cell.kind,
            changedAt: new Date().toISOString(),
          },
        }),
        manager,
      );
  });
}
