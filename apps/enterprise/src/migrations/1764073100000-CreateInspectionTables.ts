import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Inspections checked in with an enterprise's code, and the quiet periods of 无事不扰. */
export class CreateInspectionTables1764073100000 implements MigrationInterface {
  name = 'CreateInspectionTables1764073100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Department codes and appeal ids belong to the grid and appeal services: stored as given, no foreign keys.
    await queryRunner.query(`
      CREATE TABLE inspection (
        id uuid PRIMARY KEY,
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        code_version integer NOT NULL,
        department_code text NOT NULL CHECK (char_length(department_code) BETWEEN 1 AND 64),
        inspector_subject text NOT NULL,
        inspector_name text NOT NULL,
        purpose text NOT NULL CHECK (char_length(purpose) BETWEEN 1 AND 500),
        legal_basis text CHECK (char_length(legal_basis) BETWEEN 1 AND 500),
        cause_appeal_id uuid,
        routine boolean NOT NULL,
        checked_in_at timestamptz NOT NULL,
        checked_out_at timestamptz,
        duration_seconds integer CHECK (duration_seconds >= 0),
        findings text CHECK (char_length(findings) <= 2000),
        -- A routine inspection is one without a cause; the quota counts only those.
        CHECK (routine = (legal_basis IS NULL AND cause_appeal_id IS NULL)),
        CHECK ((checked_out_at IS NULL) = (duration_seconds IS NULL))
      )`);
    // Serves the quota count (per enterprise and month) and Enterprise.inspections (newest first).
    await queryRunner.query(
      `CREATE INDEX inspection_enterprise_checked_in ON inspection (enterprise_id, checked_in_at, id)`,
    );
    // Serves the counts per department over a period.
    await queryRunner.query(
      `CREATE INDEX inspection_checked_in_department ON inspection (checked_in_at, department_code)`,
    );
    await queryRunner.query(`
      CREATE TABLE inspection_quiet_period (
        id uuid PRIMARY KEY,
        enterprise_id uuid REFERENCES enterprise (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL,
        CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX inspection_quiet_period_range ON inspection_quiet_period (starts_at, ends_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inspection_quiet_period`);
    await queryRunner.query(`DROP TABLE inspection`);
  }
}
