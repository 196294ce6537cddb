import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'SUBMITTED', 'ACCEPTED', 'HANDLING', 'TRANSFERRED', 'RESOLVED', 'EVALUATED', 'CLOSED', 'REOPENED'`;

export class CreateAppealTables1764072200000 implements MigrationInterface {
  name = 'CreateAppealTables1764072200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE appeal_category (
        code text PRIMARY KEY,
        name text NOT NULL,
        volunteer_eligible boolean NOT NULL,
        default_department_id uuid NOT NULL,
        position integer NOT NULL
      )`);
    // enterprise_id, grid_cell_id and lead_department_id point into other services' databases: no foreign keys.
    await queryRunner.query(`
      CREATE TABLE appeal (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        description text NOT NULL,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        handling_mode text NOT NULL CHECK (handling_mode IN ('URGENT', 'LEDGER', 'JOINT', 'TRACKED')),
        channel text NOT NULL CHECK (channel IN ('ENTERPRISE_APP', 'GRID_WORKER', 'HOTLINE', 'LEADER_LIAISON', 'DEPUTY_SURVEY', 'COMMUNITY_COLLECTION')),
        category_code text NOT NULL REFERENCES appeal_category (code),
        enterprise_id uuid NOT NULL,
        grid_cell_id uuid NOT NULL,
        lead_department_id uuid,
        submitted_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX appeal_submitted ON appeal (submitted_at, id)`);
    await queryRunner.query(
      `CREATE INDEX appeal_enterprise ON appeal (enterprise_id, submitted_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX appeal_grid_cell ON appeal (grid_cell_id, submitted_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX appeal_lead_department ON appeal (lead_department_id, submitted_at, id)`,
    );
    await queryRunner.query(`CREATE INDEX appeal_status ON appeal (status)`);
    await queryRunner.query(`
      CREATE TABLE timeline_entry (
        id uuid PRIMARY KEY,
        appeal_id uuid NOT NULL REFERENCES appeal (id),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        from_status text CHECK (from_status IN (${STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        note text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX timeline_entry_appeal ON timeline_entry (appeal_id, at, id)`,
    );
    // The timeline is the record of what was done: the database itself refuses to rewrite it.
    await queryRunner.query(`
      CREATE FUNCTION timeline_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'timeline_entry is append-only: % is not allowed', TG_OP;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER timeline_entry_append_only BEFORE UPDATE OR DELETE ON timeline_entry
      FOR EACH ROW EXECUTE FUNCTION timeline_entry_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE timeline_entry`);
    await queryRunner.query(`DROP FUNCTION timeline_entry_append_only()`);
    await queryRunner.query(`DROP TABLE appeal`);
    await queryRunner.query(`DROP TABLE appeal_category`);
  }
}
