import {
  assertKnownEvent,
  type CloudEvent,
  eventCatalogue,
  MalformedEvent,
} from '@erqi/shared/util-event-catalogue';
import type { EntityManager } from 'typeorm';

/**
 * Applies one record of another service's registry to the appeal service's copy, inside the
 * transaction that records the event as applied. Each record is the entity's whole state now, so it
 * replaces the copy; an older record than the copy holds (a replay after a newer one) changes nothing.
 */
export async function applyRegistryEvent(event: CloudEvent, manager: EntityManager): Promise<void> {
  switch (event.type) {
    case eventCatalogue.departmentChanged.type: {
      const { data } = assertKnownEvent(event, 'departmentChanged');
      await manager.query(
        `INSERT INTO known_department (id, code, name, changed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, changed_at = EXCLUDED.changed_at
         WHERE known_department.changed_at <= EXCLUDED.changed_at`,
        [data.departmentId, data.code, data.name, data.changedAt],
      );
      return;
    }
    case eventCatalogue.gridCellChanged.type: {
      const { data } = assertKnownEvent(event, 'gridCellChanged');
      await manager.query(
        `INSERT INTO known_grid_cell (id, code, name, kind, changed_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, kind = EXCLUDED.kind, changed_at = EXCLUDED.changed_at
         WHERE known_grid_cell.changed_at <= EXCLUDED.changed_at`,
        [data.gridCellId, data.code, data.name, data.kind, data.changedAt],
      );
      return;
    }
    case eventCatalogue.enterpriseRegistryChanged.type: {
      const { data } = assertKnownEvent(event, 'enterpriseRegistryChanged');
      await manager.query(
        // 领导联系企业: a record without leaderSubjects (an older writer) keeps the leaders the copy knows.
        `INSERT INTO known_enterprise (id, name, credit_code, grid_cell_id, changed_at, leader_subjects)
         VALUES ($1, $2, $3, $4, $5, COALESCE($6::text[], '{}'))
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, credit_code = EXCLUDED.credit_code, grid_cell_id = EXCLUDED.grid_cell_id, changed_at = EXCLUDED.changed_at,
           leader_subjects = COALESCE($6::text[], known_enterprise.leader_subjects)
         WHERE known_enterprise.changed_at <= EXCLUDED.changed_at`,
        [
          data.enterpriseId,
          data.name,
          data.creditCode,
          data.gridCellId,
          data.changedAt,
          data.leaderSubjects ?? null,
        ],
      );
      return;
    }
    case eventCatalogue.teamCoverageChanged.type: {
      const { data } = assertKnownEvent(event, 'teamCoverageChanged');
      await manager.query(
        `INSERT INTO known_volunteer_team (id, code, name, grid_cell_ids, changed_at) VALUES ($1, $2, $3, $4::uuid[], $5)
         ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, grid_cell_ids = EXCLUDED.grid_cell_ids, changed_at = EXCLUDED.changed_at
         WHERE known_volunteer_team.changed_at <= EXCLUDED.changed_at`,
        [data.teamId, data.teamCode, data.name, data.gridCellIds, data.changedAt],
      );
      return;
    }
    default:
      throw new MalformedEvent(
        `${event.type || 'no type'} is not a registry event the appeal service keeps a copy of`,
      );
  }
}
