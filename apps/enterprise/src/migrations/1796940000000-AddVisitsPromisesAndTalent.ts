import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The four 2024 targets of 双招双引 (the source article); later years are set as data. */
const TARGETS_2024: ReadonlyArray<[category: string, target: number, atLeast: boolean]> = [
  ['HIGH_END', 500, true],
  ['HIGH_LEVEL_OR_URGENT', 50, true],
  ['SKILLED_WORKER', 18_900, false],
  ['HIGHLY_SKILLED_WORKER', 12_600, false],
];

/**
 * 万人助万企 visits and the needs heard on them (a need raised as an appeal keeps the appeal id it
 * fixed); 双招双引 projects, talents and the policy promises made to them; talent recognitions and the
 * yearly targets; and the enterprise service's copy of the department registry (`known_department`).
 */
export class AddVisitsPromisesAndTalent1796940000000 implements MigrationInterface {
  name = 'AddVisitsPromisesAndTalent1796940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE known_department (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE enterprise_visit (
        id uuid PRIMARY KEY,
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        visited_at timestamptz NOT NULL,
        summary text NOT NULL,
        visitor_subject text NOT NULL,
        visitor_role text NOT NULL,
        visitor_name text,
        visitor_department_code text,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX enterprise_visit_enterprise ON enterprise_visit (enterprise_id, visited_at DESC, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX enterprise_visit_visitor ON enterprise_visit (visitor_subject, visited_at DESC, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE visit_need (
        id uuid PRIMARY KEY,
        visit_id uuid NOT NULL REFERENCES enterprise_visit (id),
        position int NOT NULL,
        text text NOT NULL CHECK (char_length(btrim(text)) > 0),
        appeal_id uuid UNIQUE,
        raised_at timestamptz,
        raised_by text,
        CHECK ((appeal_id IS NULL) = (raised_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX visit_need_visit ON visit_need (visit_id, position)`);
    await queryRunner.query(`
      CREATE TABLE attracted_project (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        investor text NOT NULL,
        investment_ten_thousand_yuan numeric(14, 2) NOT NULL CHECK (investment_ten_thousand_yuan >= 0),
        signed_on date NOT NULL,
        sample boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE attracted_talent (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        category text NOT NULL,
        employer text NOT NULL,
        arrived_on date NOT NULL,
        sample boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE policy_promise (
        id uuid PRIMARY KEY,
        project_id uuid REFERENCES attracted_project (id),
        talent_id uuid REFERENCES attracted_talent (id),
        text text NOT NULL CHECK (char_length(btrim(text)) > 0),
        owner_department_code text NOT NULL,
        due_on date NOT NULL,
        state text NOT NULL CHECK (state IN ('PENDING', 'FULFILLED', 'OVERDUE')),
        fulfilled_at timestamptz,
        fulfilled_by text,
        fulfilment_note text,
        escalated_at timestamptz,
        sample boolean NOT NULL DEFAULT false,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK ((project_id IS NULL) <> (talent_id IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX policy_promise_department ON policy_promise (owner_department_code, due_on, id)`,
    );
    // What the escalator scans: the open promises by due date.
    await queryRunner.query(
      `CREATE INDEX policy_promise_pending ON policy_promise (due_on) WHERE state = 'PENDING' AND escalated_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE talent_target (
        year int NOT NULL,
        category text NOT NULL,
        target int NOT NULL CHECK (target >= 0),
        at_least boolean NOT NULL,
        PRIMARY KEY (year, category)
      )`);
    for (const [category, target, atLeast] of TARGETS_2024)
      await queryRunner.query(
        `INSERT INTO talent_target (year, category, target, at_least) VALUES (2024, $1, $2, $3)`,
        [category, target, atLeast],
      );
    await queryRunner.query(`
      CREATE TABLE talent_recognition (
        id uuid PRIMARY KEY,
        year int NOT NULL,
        category text NOT NULL,
        count int NOT NULL CHECK (count >= 0),
        recognised_on date NOT NULL,
        note text,
        sample boolean NOT NULL DEFAULT false,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX talent_recognition_year ON talent_recognition (year, category)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'talent_recognition',
      'talent_target',
      'policy_promise',
      'attracted_talent',
      'attracted_project',
      'visit_need',
      'enterprise_visit',
      'known_department',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
