import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDispatchTables1764072300000 implements MigrationInterface {
  name = 'CreateDispatchTables1764072300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Department ids and codes belong to the grid service, cells too: stored as given, no foreign keys.
    await queryRunner.query(`
      CREATE TABLE dispatch_rule (
        id uuid PRIMARY KEY,
        category_code text NOT NULL REFERENCES appeal_category (code),
        grid_cell_id uuid,
        lead_department_id uuid NOT NULL,
        lead_department_code text NOT NULL,
        assisting_departments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(assisting_departments) = 'array'),
        priority integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // One rule per category, scope (a cell, or everywhere) and priority: which rule applies is never a coin toss.
    await queryRunner.query(`
      CREATE UNIQUE INDEX dispatch_rule_scope
      ON dispatch_rule (category_code, COALESCE(grid_cell_id, '00000000-0000-0000-0000-000000000000'::uuid), priority)`);
    await queryRunner.query(`CREATE INDEX dispatch_rule_listing ON dispatch_rule (created_at, id)`);
    await queryRunner.query(`
      CREATE TABLE appeal_dispatch (
        id uuid PRIMARY KEY,
        insertion_order bigint GENERATED ALWAYS AS IDENTITY,
        appeal_id uuid NOT NULL REFERENCES appeal (id),
        target_kind text NOT NULL CHECK (target_kind IN ('DEPARTMENT', 'VOLUNTEER_TEAM')),
        target_id uuid NOT NULL,
        target_code text NOT NULL,
        role text NOT NULL CHECK (role IN ('LEAD', 'ASSISTING', 'VOLUNTEER')),
        dispatched_at timestamptz NOT NULL,
        acknowledge_by timestamptz,
        acknowledged_at timestamptz,
        CHECK ((target_kind = 'VOLUNTEER_TEAM') = (role = 'VOLUNTEER')),
        CHECK (target_kind = 'DEPARTMENT' OR (acknowledge_by IS NULL AND acknowledged_at IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX appeal_dispatch_appeal ON appeal_dispatch (appeal_id, insertion_order)`,
    );
    // A submission and its dispatch are recorded at the same instant: the order they were written in breaks the tie.
    await queryRunner.query(
      `ALTER TABLE timeline_entry ADD COLUMN insertion_order bigint GENERATED ALWAYS AS IDENTITY`,
    );
    await queryRunner.query(`DROP INDEX timeline_entry_appeal`);
    await queryRunner.query(
      `CREATE INDEX timeline_entry_appeal ON timeline_entry (appeal_id, at, insertion_order)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX timeline_entry_appeal`);
    await queryRunner.query(
      `CREATE INDEX timeline_entry_appeal ON timeline_entry (appeal_id, at, id)`,
    );
    await queryRunner.query(`ALTER TABLE timeline_entry DROP COLUMN insertion_order`);
    await queryRunner.query(`DROP TABLE appeal_dispatch`);
    await queryRunner.query(`DROP TABLE dispatch_rule`);
  }
}
