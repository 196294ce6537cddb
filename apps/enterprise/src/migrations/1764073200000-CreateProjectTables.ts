import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 项目管家 (1+1+N): projects with one butler, one contact and N departments, and their ledgers. */
export class CreateProjectTables1764073200000 implements MigrationInterface {
  name = 'CreateProjectTables1764073200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        butler_subject text NOT NULL CHECK (char_length(butler_subject) BETWEEN 1 AND 200),
        butler_name text NOT NULL CHECK (char_length(butler_name) BETWEEN 1 AND 100),
        contact_name text NOT NULL CHECK (char_length(contact_name) BETWEEN 1 AND 100),
        contact_phone text NOT NULL CHECK (contact_phone ~ '^1[0-9]{10}$'),
        department_codes text[] NOT NULL CHECK (cardinality(department_codes) BETWEEN 1 AND 20),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX project_enterprise ON project (enterprise_id, name, id)`);
    await queryRunner.query(`CREATE INDEX project_butler ON project (butler_subject, name, id)`);
    await queryRunner.query(`
      CREATE TABLE project_ledger_item (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES project (id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        raised_at timestamptz NOT NULL,
        raised_by text NOT NULL,
        department_code text,
        status text NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
        note text CHECK (char_length(note) <= 1000),
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX project_ledger_item_project ON project_ledger_item (project_id, raised_at, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE project_ledger_item`);
    await queryRunner.query(`DROP TABLE project`);
  }
}
