import {
  assertKnownEvent,
  type CloudEvent,
  eventCatalogue,
} from '@erqi/shared/util-event-catalogue';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The enterprise service's copy of the department registry (`grid.departments`), so that a promise's
 * owner department is checked without asking the grid service (one way through the house).
 */
export class KnownDepartments {
  constructor(private readonly dataSource: DataSource) {}

  async has(code: string): Promise<boolean> {
    const rows = (await this.dataSource.query('SELECT 1 FROM known_department WHERE code = $1', [
      code,
    ])) as unknown[];
    return rows.length > 0;
  }
}

/** Applies one `cn.erqi.grid.department-changed` record; an older record than the copy changes nothing. */
export async function applyDepartmentChanged(
  event: CloudEvent,
  manager: EntityManager,
): Promise<void> {
  if (event.type !== eventCatalogue.departmentChanged.type) return;
  const { data } = assertKnownEvent(event, 'departmentChanged');
  await manager.query(
    `INSERT INTO known_department (id, code, name, changed_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, changed_at = EXCLUDED.changed_at
      WHERE known_department.changed_at <= EXCLUDED.changed_at`,
    [data.departmentId, data.code, data.name, data.changedAt],
  );
}
