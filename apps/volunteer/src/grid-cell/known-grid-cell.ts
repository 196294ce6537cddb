import {
  assertKnownEvent,
  type CloudEvent,
  eventCatalogue,
  MalformedEvent,
} from '@erqi/shared/util-event-catalogue';
import type { EntityManager } from 'typeorm';

/**
 * Applies one record of the grid service's cell registry (`grid.grid-cells`) to this service's copy,
 * inside the transaction that records the event as applied. Each record is the cell as it is now; an
 * older record than the copy holds (a replay after a newer one) changes nothing.
 */
export async function applyGridCellEvent(event: CloudEvent, manager: EntityManager): Promise<void> {
  if (event.type !== eventCatalogue.gridCellChanged.type)
    throw new MalformedEvent(
      `${event.type || 'no type'} is not a grid cell record the volunteer service keeps a copy of`,
    );
  const { data } = assertKnownEvent(event, 'gridCellChanged');
  await manager.query(
    `INSERT INTO known_grid_cell (id, code, name, changed_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, changed_at = EXCLUDED.changed_at
     WHERE known_grid_cell.changed_at <= EXCLUDED.changed_at`,
    [data.gridCellId, data.code, data.name, data.changedAt],
  );
}

/** Those of `gridCellIds` this service has not (yet) heard of from the grid registry. */
export async function unknownGridCellIds(
  manager: EntityManager,
  gridCellIds: readonly string[],
): Promise<string[]> {
  if (gridCellIds.length === 0) return [];
  const rows = (await manager.query(`SELECT id FROM known_grid_cell WHERE id = ANY($1::uuid[])`, [
    gridCellIds,
  ])) as Array<{ id: string }>;
  const known = new Set(rows.map((row) => row.id));
  return gridCellIds.filter((id) => !known.has(id));
}
