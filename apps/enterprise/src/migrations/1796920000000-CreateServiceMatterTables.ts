import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 易企办: the matter list (versioned), applications on the working-day clock, and the yearly targets. */
export class CreateServiceMatterTables1796920000000 implements MigrationInterface {
  name = 'CreateServiceMatterTables1796920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE service_matter (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{2,39}$'),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        department_code text NOT NULL,
        legal_days integer NOT NULL CHECK (legal_days BETWEEN 1 AND 250),
        promised_days integer NOT NULL CHECK (promised_days BETWEEN 1 AND legal_days),
        materials jsonb NOT NULL,
        modes text[] NOT NULL,
        channels text[] NOT NULL CHECK (cardinality(channels) >= 1),
        high_frequency boolean NOT NULL DEFAULT false,
        listed boolean NOT NULL DEFAULT true,
        sample boolean NOT NULL DEFAULT false,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX service_matter_department ON service_matter (department_code, code)`,
    );
    await queryRunner.query(`
      CREATE TABLE service_matter_version (
        matter_id uuid NOT NULL REFERENCES service_matter (id),
        version integer NOT NULL,
        snapshot jsonb NOT NULL,
        changed_at timestamptz NOT NULL,
        changed_by text NOT NULL,
        reason text,
        PRIMARY KEY (matter_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE service_application (
        id uuid PRIMARY KEY,
        matter_id uuid NOT NULL REFERENCES service_matter (id),
        matter_version integer NOT NULL,
        matter_code text NOT NULL,
        matter_name text NOT NULL,
        department_code text NOT NULL,
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        channel text NOT NULL CHECK (channel IN ('ONLINE', 'WINDOW')),
        status text NOT NULL CHECK (status IN ('ACCEPTED', 'APPROVED', 'REJECTED', 'TERMINATED', 'REVOKED')),
        submitted_materials text[] NOT NULL,
        looked_up_materials text[] NOT NULL,
        deferred_materials text[] NOT NULL,
        supplied_materials text[] NOT NULL,
        supply_by timestamptz,
        committed_materials text[] NOT NULL,
        commitment_text text,
        commitment_signer text,
        commitment_signed_at timestamptz,
        verification text CHECK (verification IN ('PENDING', 'HONOURED', 'BREACHED')),
        verified_at timestamptz,
        verification_note text,
        accepted_at timestamptz NOT NULL,
        promised_days integer NOT NULL,
        due_at timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by text,
        decision_note text,
        escalated_at timestamptz,
        applied_by text NOT NULL,
        CHECK ((cardinality(deferred_materials) = 0) = (supply_by IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX service_application_enterprise ON service_application (enterprise_id, accepted_at DESC, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX service_application_department ON service_application (department_code, accepted_at DESC, id)`,
    );
    // The watcher's scans look at open applications only.
    await queryRunner.query(
      `CREATE INDEX service_application_open ON service_application (due_at) WHERE status = 'ACCEPTED'`,
    );
    await queryRunner.query(`
      CREATE TABLE service_target (
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        mode text NOT NULL,
        target integer NOT NULL CHECK (target >= 0),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL,
        PRIMARY KEY (year, mode)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE service_target`);
    await queryRunner.query(`DROP TABLE service_application`);
    await queryRunner.query(`DROP TABLE service_matter_version`);
    await queryRunner.query(`DROP TABLE service_matter`);
  }
}
