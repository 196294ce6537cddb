import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 督办: one row per missed deadline, so that every replica of the watcher escalates it once. */
export class CreateEscalationTable1764072800000 implements MigrationInterface {
  name = 'CreateEscalationTable1764072800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE appeal_escalation (
        id uuid PRIMARY KEY,
        appeal_id uuid NOT NULL REFERENCES appeal (id),
        deadline text NOT NULL CHECK (deadline IN ('ACKNOWLEDGEMENT', 'HANDLING')),
        deadline_at timestamptz NOT NULL,
        department_code text,
        detected_at timestamptz NOT NULL,
        CHECK ((deadline = 'ACKNOWLEDGEMENT') = (department_code IS NOT NULL))
      )`);
    // The once-per-deadline guarantee: a second watcher's INSERT … ON CONFLICT DO NOTHING inserts nothing.
    await queryRunner.query(`
      CREATE UNIQUE INDEX appeal_escalation_once
      ON appeal_escalation (appeal_id, deadline, deadline_at, COALESCE(department_code, ''))`);
    await queryRunner.query(`ALTER TABLE appeal ADD COLUMN overdue boolean NOT NULL DEFAULT false`);
    // The watcher clears the flag of appeals that caught up: it looks only at the few that carry it.
    await queryRunner.query(`CREATE INDEX appeal_overdue ON appeal (id) WHERE overdue`);
    await queryRunner.query(`
      CREATE INDEX appeal_dispatch_unacknowledged ON appeal_dispatch (acknowledge_by)
      WHERE acknowledged_at IS NULL AND acknowledge_by IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX appeal_dispatch_unacknowledged`);
    await queryRunner.query(`DROP INDEX appeal_overdue`);
    await queryRunner.query(`ALTER TABLE appeal DROP COLUMN overdue`);
    await queryRunner.query(`DROP TABLE appeal_escalation`);
  }
}
