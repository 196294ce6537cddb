import {
  departments,
  enterprises,
  gridCells,
  seedLeaderLiaisons,
  volunteerTeams,
} from '@erqi/shared/util-seed-fixtures';
import type { EntityManager } from 'typeorm';

/**
 * Older than any record the registries publish, so the first real record replaces each seeded row
 * (the copies keep the newest `changed_at`).
 */
export const SEEDED_COPY_CHANGED_AT = '2000-01-01T00:00:00.000Z';

/**
 * Fills the copies of the other services' registries from the seed fixtures those services seed
 * themselves, for a new database only. Without it a machine that has never run a broker (no Java)
 * could not file a single appeal (NOT_YET_KNOWN) until the registry topics arrive; with it appeals
 * are filed at once and their dispatches wait in the outbox. A row that already exists is left alone.
 */
export async function seedRegistryCopies(manager: EntityManager): Promise<void> {
  for (const department of departments) {
    await manager.query(
      `INSERT INTO known_department (id, code, name, changed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING`,
      [department.id, department.code, department.name, SEEDED_COPY_CHANGED_AT],
    );
  }
  for (const cell of gridCells) {
    await manager.query(
      `INSERT INTO known_grid_cell (id, code, name, kind, changed_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING`,
      [cell.id, cell.code, cell.name, cell.kind, SEEDED_COPY_CHANGED_AT],
    );
  }
  for (const enterprise of enterprises) {
    // 领导联系企业: the same liaisons the enterprise service seeds and publishes in its registry.
    const leaderSubjects = seedLeaderLiaisons
      .filter((liaison) => liaison.enterpriseId === enterprise.id)
      .map((liaison) => liaison.leaderSubject);
    await manager.query(
      `INSERT INTO known_enterprise (id, name, credit_code, grid_cell_id, changed_at, leader_subjects)
       VALUES ($1, $2, $3, $4, $5, $6::text[])
       ON CONFLICT (id) DO NOTHING`,
      [
        enterprise.id,
        enterprise.name,
        enterprise.creditCode,
        enterprise.gridCellId,
        SEEDED_COPY_CHANGED_AT,
        leaderSubjects,
      ],
    );
  }
  for (const team of volunteerTeams) {
    await manager.query(
      `INSERT INTO known_volunteer_team (id, code, name, grid_cell_ids, changed_at)
       VALUES ($1, $2, $3, $4::uuid[], $5)
       ON CONFLICT (id) DO NOTHING`,
      [team.id, team.code, team.name, team.gridCellIds, SEEDED_COPY_CHANGED_AT],
    );
  }
}
