import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The community (issue 14): households and residents (membership is not address), their life
 * events, the elder allowance (rule as data, one payment per resident and month), birthday visits
 * and suggestions, aid rules and cases. The rules' rows are data: 60+ → 100 yuan a month (the
 * article); the aid amounts are sample.
 */
export class CreateCommunityTables1796950000000 implements MigrationInterface {
  name = 'CreateCommunityTables1796950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE household (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        community_code text NOT NULL,
        original_address text NOT NULL,
        current_address text NOT NULL,
        relocation_status text NOT NULL
          CHECK (relocation_status IN ('NOT_RELOCATED', 'RELOCATED', 'AWAITING_RETURN', 'RETURNED')),
        relocated_on date,
        returned_on date,
        is_sample boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(
      `CREATE INDEX household_community ON household (community_code, relocation_status)`,
    );
    await queryRunner.query(`
      CREATE TABLE resident (
        id uuid PRIMARY KEY,
        household_id uuid NOT NULL REFERENCES household (id),
        name text NOT NULL,
        gender text NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
        birth_date date NOT NULL,
        id_number text NOT NULL,
        phone text,
        member_since date NOT NULL,
        member_until date,
        died_on date,
        is_sample boolean NOT NULL DEFAULT false,
        CHECK (member_since >= birth_date)
      )`);
    // One person, one row: a resident cannot be in two households.
    await queryRunner.query(`CREATE UNIQUE INDEX resident_id_number ON resident (id_number)`);
    await queryRunner.query(`CREATE INDEX resident_household ON resident (household_id)`);
    await queryRunner.query(`CREATE INDEX resident_name ON resident (name, id)`);
    await queryRunner.query(
      `CREATE INDEX resident_birth_month ON resident ((extract(month FROM birth_date)))`,
    );
    await queryRunner.query(`
      CREATE TABLE life_event (
        id uuid PRIMARY KEY,
        kind text NOT NULL
          CHECK (kind IN ('BIRTH', 'DEATH', 'JOINED', 'LEFT', 'ADDRESS_CHANGED', 'RETURNED')),
        household_id uuid NOT NULL REFERENCES household (id),
        resident_id uuid REFERENCES resident (id),
        occurred_on date NOT NULL,
        note text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX life_event_household ON life_event (household_id, occurred_on)`,
    );
    await queryRunner.query(`
      CREATE TABLE allowance_rule (
        code text PRIMARY KEY,
        community_code text NOT NULL,
        name text NOT NULL,
        minimum_age integer NOT NULL CHECK (minimum_age >= 0),
        monthly_amount_yuan integer NOT NULL CHECK (monthly_amount_yuan > 0)
      )`);
    await queryRunner.query(`
      INSERT INTO allowance_rule (code, community_code, name, minimum_age, monthly_amount_yuan)
      VALUES ('ELDER_ALLOWANCE', '410103-HZ-BGM', '60岁以上老人每月补贴', 60, 100)`);
    await queryRunner.query(`
      CREATE TABLE allowance_payment (
        id uuid PRIMARY KEY,
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        rule_code text NOT NULL REFERENCES allowance_rule (code),
        resident_id uuid NOT NULL REFERENCES resident (id),
        household_id uuid NOT NULL REFERENCES household (id),
        amount_yuan integer NOT NULL,
        age_on_first integer NOT NULL,
        paid_at timestamptz NOT NULL
      )`);
    // Running a month twice, or twice at once, pays no one twice.
    await queryRunner.query(
      `CREATE UNIQUE INDEX allowance_payment_once ON allowance_payment (month, resident_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX allowance_payment_household ON allowance_payment (household_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE birthday_visit (
        id uuid PRIMARY KEY,
        resident_id uuid NOT NULL REFERENCES resident (id),
        month text NOT NULL,
        visited_on date NOT NULL,
        visited_by text NOT NULL,
        answers jsonb NOT NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX birthday_visit_once ON birthday_visit (resident_id, month)`,
    );
    await queryRunner.query(`
      CREATE TABLE community_suggestion (
        id uuid PRIMARY KEY,
        resident_id uuid NOT NULL REFERENCES resident (id),
        household_id uuid NOT NULL REFERENCES household (id),
        visit_id uuid NOT NULL REFERENCES birthday_visit (id),
        text text NOT NULL,
        appeal_id uuid NOT NULL UNIQUE,
        raised_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX community_suggestion_household ON community_suggestion (household_id, raised_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE aid_rule (
        code text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('SERIOUS_ILLNESS', 'SCHOOLING', 'DEGREE_BONUS')),
        level text,
        name text NOT NULL,
        amount_yuan integer NOT NULL CHECK (amount_yuan > 0),
        required_proofs text[] NOT NULL
      )`);
    // Amounts are sample: the article names the kinds of aid, not their amounts.
    await queryRunner.query(`
      INSERT INTO aid_rule (code, kind, level, name, amount_yuan, required_proofs) VALUES
        ('SERIOUS_ILLNESS', 'SERIOUS_ILLNESS', NULL, '大病帮扶', 5000, '{DIAGNOSIS,MEDICAL_BILLS}'),
        ('SCHOOLING', 'SCHOOLING', NULL, '上学兜底', 2000, '{ENROLMENT_CERTIFICATE}'),
        ('DEGREE_BACHELOR', 'DEGREE_BONUS', 'BACHELOR', '本科学历奖励', 3000, '{DEGREE_CERTIFICATE}'),
        ('DEGREE_MASTER', 'DEGREE_BONUS', 'MASTER', '硕士学历奖励', 5000, '{DEGREE_CERTIFICATE}'),
        ('DEGREE_DOCTOR', 'DEGREE_BONUS', 'DOCTOR', '博士学历奖励', 10000, '{DEGREE_CERTIFICATE}')`);
    await queryRunner.query(`
      CREATE TABLE aid_case (
        id uuid PRIMARY KEY,
        household_id uuid NOT NULL REFERENCES household (id),
        resident_id uuid NOT NULL REFERENCES resident (id),
        rule_code text NOT NULL REFERENCES aid_rule (code),
        proofs text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('APPLIED', 'APPROVED', 'REJECTED', 'PAID')),
        amount_yuan integer NOT NULL,
        note text,
        applied_at timestamptz NOT NULL,
        applied_by text NOT NULL,
        reviewed_at timestamptz,
        reviewed_by text,
        review_note text,
        paid_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX aid_case_household ON aid_case (household_id, status)`);
    await queryRunner.query(`CREATE INDEX aid_case_applied ON aid_case (applied_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'aid_case',
      'aid_rule',
      'community_suggestion',
      'birthday_visit',
      'allowance_payment',
      'allowance_rule',
      'life_event',
      'resident',
      'household',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
