import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 二七帮: what matching knows of each enterprise (enterprise_profile), the departments' policies and
 * the enterprises' subsidy applications under them, and the 政银企 platform (bank products, financing
 * needs, the matches and the banks' answers). Amounts are whole yuan; the checks repeat the API's rules
 * so that no other writer can break them.
 */
export class CreateErqiHelpTables1796930000000 implements MigrationInterface {
  name = 'CreateErqiHelpTables1796930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE enterprise_profile (
        enterprise_id uuid PRIMARY KEY REFERENCES enterprise (id) ON DELETE CASCADE,
        industry_section text NOT NULL CHECK (industry_section ~ '^[A-T]$'),
        industry_class text NOT NULL CHECK (industry_class ~ '^[0-9]{4}$'),
        size_class text NOT NULL CHECK (size_class IN ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
        founded_on date NOT NULL,
        high_tech boolean NOT NULL,
        specialised_new boolean NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE policy (
        id uuid PRIMARY KEY,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        summary text NOT NULL,
        department_code text NOT NULL,
        amount_cap integer NOT NULL CHECK (amount_cap >= 0),
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        eligibility jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
        created_at timestamptz NOT NULL,
        published_at timestamptz,
        matched_at_publish integer,
        sample boolean NOT NULL DEFAULT false,
        CHECK (closes_on >= opens_on)
      )`);
    await queryRunner.query(`CREATE INDEX policy_status_opens ON policy (status, opens_on, id)`);
    await queryRunner.query(
      `CREATE INDEX policy_department ON policy (department_code, title, id)`,
    );
    await queryRunner.query(`CREATE INDEX policy_title ON policy (title, id)`);
    await queryRunner.query(`
      CREATE TABLE subsidy_application (
        id uuid PRIMARY KEY,
        policy_id uuid NOT NULL REFERENCES policy (id),
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        department_code text NOT NULL,
        requested_amount integer NOT NULL CHECK (requested_amount >= 0),
        approved_amount integer CHECK (approved_amount >= 0),
        paid_amount integer CHECK (paid_amount >= 0),
        status text NOT NULL CHECK (status IN ('APPLIED', 'REVIEWED', 'APPROVED', 'PAID', 'REJECTED')),
        applied_at timestamptz NOT NULL,
        reviewed_at timestamptz,
        approved_at timestamptz,
        paid_at timestamptz,
        note text,
        updated_by text NOT NULL,
        CONSTRAINT subsidy_application_once UNIQUE (policy_id, enterprise_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX subsidy_application_enterprise ON subsidy_application (enterprise_id, applied_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX subsidy_application_department ON subsidy_application (department_code, applied_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE bank_product (
        id uuid PRIMARY KEY,
        bank_name text NOT NULL,
        product_name text NOT NULL,
        min_amount integer NOT NULL CHECK (min_amount >= 0),
        max_amount integer NOT NULL CHECK (max_amount >= min_amount),
        annual_rate_percent numeric(5, 2) NOT NULL CHECK (annual_rate_percent >= 0),
        max_term_months integer NOT NULL CHECK (max_term_months > 0),
        criteria jsonb NOT NULL,
        sample boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(`
      CREATE TABLE financing_need (
        id uuid PRIMARY KEY,
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        amount integer NOT NULL CHECK (amount > 0),
        term_months integer NOT NULL CHECK (term_months > 0),
        purpose text NOT NULL,
        needed_by date,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX financing_need_enterprise ON financing_need (enterprise_id, created_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE financing_match (
        id uuid PRIMARY KEY,
        need_id uuid NOT NULL REFERENCES financing_need (id),
        product_id uuid NOT NULL REFERENCES bank_product (id),
        matched_at timestamptz NOT NULL,
        matched_by text NOT NULL,
        answer text NOT NULL CHECK (answer IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        answer_note text,
        answered_at timestamptz,
        answered_by text,
        CONSTRAINT financing_match_once UNIQUE (need_id, product_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE financing_match`);
    await queryRunner.query(`DROP TABLE financing_need`);
    await queryRunner.query(`DROP TABLE bank_product`);
    await queryRunner.query(`DROP TABLE subsidy_application`);
    await queryRunner.query(`DROP TABLE policy`);
    await queryRunner.query(`DROP TABLE enterprise_profile`);
  }
}
