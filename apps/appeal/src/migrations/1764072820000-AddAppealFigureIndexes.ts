import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the figures (零超时) and the 督办 watcher's scan read by: status with deadline, and each grouping with status. */
export class AddAppealFigureIndexes1764072820000 implements MigrationInterface {
  name = 'AddAppealFigureIndexes1764072820000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX appeal_status_due ON appeal (status, due_at)`);
    await queryRunner.query(
      `CREATE INDEX appeal_lead_department_status ON appeal (lead_department_id, status)`,
    );
    await queryRunner.query(
      `CREATE INDEX appeal_grid_cell_status ON appeal (grid_cell_id, status)`,
    );
    await queryRunner.query(
      `CREATE INDEX appeal_handling_mode_status ON appeal (handling_mode, status)`,
    );
    // The overdue list and the watcher look only at appeals still open: a small index, ordered by deadline.
    await queryRunner.query(
      `CREATE INDEX appeal_unresolved_due ON appeal (due_at, id) WHERE status NOT IN ('RESOLVED', 'EVALUATED', 'CLOSED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX appeal_unresolved_due`);
    await queryRunner.query(`DROP INDEX appeal_handling_mode_status`);
    await queryRunner.query(`DROP INDEX appeal_grid_cell_status`);
    await queryRunner.query(`DROP INDEX appeal_lead_department_status`);
    await queryRunner.query(`DROP INDEX appeal_status_due`);
  }
}
