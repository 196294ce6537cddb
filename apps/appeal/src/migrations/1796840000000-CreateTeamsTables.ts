import type { MigrationInterface, QueryRunner } from 'typeorm';

const MEMBER_STATUSES = `'ACTIVE', 'ENDED', 'SUSPENDED'`;
const SUPERVISOR_GROUPS = `'DEPUTY', 'CPPCC_MEMBER', 'MEDIA', 'PROFESSIONAL', 'RESIDENT', 'ENTERPRISE'`;

/**
 * 三支队伍: the rosters of 监督员, 体验官 and 顾问团; 吐槽大会 sessions and the appeals their
 * complaints became; 顾问团 advice notes with the department's written response.
 */
export class CreateTeamsTables1796840000000 implements MigrationInterface {
  name = 'CreateTeamsTables1796840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // user_subject links a roster entry to the person's sign-in (their own phone, their own notes).
    await queryRunner.query(`
      CREATE TABLE roster_supervisor (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        member_group text NOT NULL CHECK (member_group IN (${SUPERVISOR_GROUPS})),
        affiliation text NOT NULL,
        phone text NOT NULL,
        term_start date NOT NULL,
        term_end date NOT NULL,
        status text NOT NULL CHECK (status IN (${MEMBER_STATUSES})),
        user_subject text UNIQUE,
        CHECK (term_end > term_start)
      )`);
    // enterprise_id is the registry's id when the officer's company is a seed enterprise; otherwise
    // the company is a sample one known by name only (sample_enterprise).
    await queryRunner.query(`
      CREATE TABLE roster_experience_officer (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        enterprise_id uuid,
        enterprise_name text NOT NULL,
        sample_enterprise boolean NOT NULL,
        phone text NOT NULL,
        term_start date NOT NULL,
        term_end date NOT NULL,
        status text NOT NULL CHECK (status IN (${MEMBER_STATUSES})),
        user_subject text UNIQUE,
        CHECK (sample_enterprise OR enterprise_id IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE roster_adviser (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        expertise text NOT NULL,
        affiliation text NOT NULL,
        phone text NOT NULL,
        status text NOT NULL CHECK (status IN (${MEMBER_STATUSES})),
        user_subject text UNIQUE
      )`);
    await queryRunner.query(`
      CREATE TABLE roast_session (
        id uuid PRIMARY KEY,
        held_on date NOT NULL,
        place text NOT NULL,
        topic text,
        attending_officer_ids uuid[] NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX roast_session_listing ON roast_session (held_on, id)`);
    await queryRunner.query(`
      CREATE TABLE roast_complaint (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES roast_session (id),
        appeal_id uuid NOT NULL UNIQUE REFERENCES appeal (id),
        officer_id uuid NOT NULL REFERENCES roster_experience_officer (id),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX roast_complaint_session ON roast_complaint (session_id, recorded_at, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE advice_note (
        id uuid PRIMARY KEY,
        author_subject text NOT NULL,
        author text NOT NULL,
        department_code text NOT NULL,
        title text NOT NULL,
        content text NOT NULL,
        written_at timestamptz NOT NULL,
        respond_by timestamptz NOT NULL,
        response text,
        responded_by text,
        responded_at timestamptz,
        escalated_at timestamptz,
        CHECK (respond_by > written_at),
        CHECK ((response IS NULL) = (responded_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX advice_note_listing ON advice_note (written_at, id)`);
    // What the sweep looks for: unanswered, not yet escalated.
    await queryRunner.query(
      `CREATE INDEX advice_note_awaiting ON advice_note (respond_by) WHERE response IS NULL AND escalated_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE advice_note`);
    await queryRunner.query(`DROP TABLE roast_complaint`);
    await queryRunner.query(`DROP TABLE roast_session`);
    await queryRunner.query(`DROP TABLE roster_adviser`);
    await queryRunner.query(`DROP TABLE roster_experience_officer`);
    await queryRunner.query(`DROP TABLE roster_supervisor`);
  }
}
