import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'OPEN', 'RECTIFYING', 'RECTIFIED', 'VERIFIED'`;

/** 暗访督导台账: findings of undercover supervision, rectified by departments and struck off by supervisors. */
export class CreateSupervisionLedger1764072810000 implements MigrationInterface {
  name = 'CreateSupervisionLedger1764072810000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // department_code belongs to the grid service: stored as given, no foreign key.
    await queryRunner.query(`
      CREATE TABLE supervision_finding (
        id uuid PRIMARY KEY,
        department_code text NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        found_at timestamptz NOT NULL,
        rectify_by timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        overdue boolean NOT NULL DEFAULT false,
        escalated_deadline_at timestamptz,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CHECK (rectify_by > found_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX supervision_finding_listing ON supervision_finding (found_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX supervision_finding_department ON supervision_finding (department_code, found_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX supervision_finding_unrectified ON supervision_finding (rectify_by) WHERE status IN ('OPEN', 'RECTIFYING')`,
    );
    await queryRunner.query(`
      CREATE TABLE supervision_finding_entry (
        id uuid PRIMARY KEY,
        insertion_order bigint GENERATED ALWAYS AS IDENTITY,
        finding_id uuid NOT NULL REFERENCES supervision_finding (id),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        from_status text CHECK (from_status IN (${STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        note text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX supervision_finding_entry_finding ON supervision_finding_entry (finding_id, insertion_order)`,
    );
    // Like the appeal timeline, the ledger's history is a record: never rewritten.
    await queryRunner.query(`
      CREATE FUNCTION supervision_finding_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'supervision_finding_entry is append-only: % is not allowed', TG_OP;
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER supervision_finding_entry_append_only BEFORE UPDATE OR DELETE ON supervision_finding_entry
      FOR EACH ROW EXECUTE FUNCTION supervision_finding_entry_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE supervision_finding_entry`);
    await queryRunner.query(`DROP FUNCTION supervision_finding_entry_append_only()`);
    await queryRunner.query(`DROP TABLE supervision_finding`);
  }
}
