import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 集体经济: an enterprise's yearly figures (企业年度经营数据), the current row per enterprise and year
 * with every recorded version kept beside it, and the community's enterprise alliance (企业联盟).
 */
export class CreateCollectiveEconomyTables1796960000000 implements MigrationInterface {
  name = 'CreateCollectiveEconomyTables1796960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The checks repeat the service's rules, so that no other path can store what the API refuses.
    const figureColumns = `
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        year integer NOT NULL CHECK (year BETWEEN 1949 AND 9999),
        version integer NOT NULL CHECK (version >= 1),
        revenue_yuan bigint NOT NULL CHECK (revenue_yuan >= 0),
        planned_revenue_next_year_yuan bigint NOT NULL CHECK (planned_revenue_next_year_yuan >= 0),
        jobs_offered integer CHECK (jobs_offered >= 0),
        jobs_filled integer CHECK (jobs_filled IS NULL OR (jobs_filled >= 0 AND jobs_offered IS NOT NULL AND jobs_filled <= jobs_offered)),
        source text CHECK (char_length(source) <= 500),
        sample boolean NOT NULL DEFAULT false,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL`;
    await queryRunner.query(`
      CREATE TABLE enterprise_year_figures (
        id uuid PRIMARY KEY,${figureColumns},
        CONSTRAINT enterprise_year_figures_one_per_year UNIQUE (enterprise_id, year)
      )`);
    // The board lists one year's figures, largest revenue first.
    await queryRunner.query(
      `CREATE INDEX enterprise_year_figures_year_revenue ON enterprise_year_figures (year, revenue_yuan DESC, id DESC)`,
    );
    await queryRunner.query(`
      CREATE TABLE enterprise_year_figures_version (
        id uuid PRIMARY KEY,${figureColumns},
        CONSTRAINT enterprise_year_figures_version_unique UNIQUE (enterprise_id, year, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE enterprise_alliance (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        community_name text NOT NULL CHECK (char_length(community_name) BETWEEN 1 AND 200),
        collective_enterprise_id uuid REFERENCES enterprise (id),
        founded_on date
      )`);
    await queryRunner.query(`
      CREATE TABLE enterprise_alliance_member (
        id uuid PRIMARY KEY,
        alliance_id uuid NOT NULL REFERENCES enterprise_alliance (id),
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        joined_on date NOT NULL,
        left_on date CHECK (left_on IS NULL OR left_on >= joined_on),
        sample boolean NOT NULL DEFAULT false,
        CONSTRAINT enterprise_alliance_member_once UNIQUE (alliance_id, enterprise_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX enterprise_alliance_member_enterprise ON enterprise_alliance_member (enterprise_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE enterprise_alliance_member`);
    await queryRunner.query(`DROP TABLE enterprise_alliance`);
    await queryRunner.query(`DROP TABLE enterprise_year_figures_version`);
    await queryRunner.query(`DROP TABLE enterprise_year_figures`);
  }
}
