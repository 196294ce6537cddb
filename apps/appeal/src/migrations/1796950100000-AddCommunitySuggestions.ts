import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'ENTERPRISE_APP', 'GRID_WORKER', 'HOTLINE', 'LEADER_LIAISON', 'DEPUTY_SURVEY', 'COMMUNITY_COLLECTION', 'EXPERIENCE_OFFICER', 'ENTERPRISE_VISIT', 'OPEN311'`;

/**
 * Residents' suggestions (意见表) arrive from the grid service as appeals of the channel
 * COMMUNITY_VISIT. An appeal stands for an enterprise; until one can stand without, a community's
 * suggestions are filed for the enterprise it names here (its collective enterprise), with a
 * category and handling mode of its choosing: data, one row per community.
 */
export class AddCommunitySuggestions1796950100000 implements MigrationInterface {
  name = 'AddCommunitySuggestions1796950100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE appeal DROP CONSTRAINT appeal_channel_check`);
    await queryRunner.query(
      `ALTER TABLE appeal ADD CONSTRAINT appeal_channel_check CHECK (channel IN (${BEFORE}, 'COMMUNITY_VISIT'))`,
    );
    await queryRunner.query(`
      CREATE TABLE community_suggestion_route (
        community_code text PRIMARY KEY,
        enterprise_id uuid NOT NULL,
        category_code text NOT NULL,
        handling_mode text NOT NULL CHECK (handling_mode IN ('URGENT', 'LEDGER', 'JOINT', 'TRACKED'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE community_suggestion_route`);
    await queryRunner.query(`ALTER TABLE appeal DROP CONSTRAINT appeal_channel_check`);
    await queryRunner.query(
      `ALTER TABLE appeal ADD CONSTRAINT appeal_channel_check CHECK (channel IN (${BEFORE}))`,
    );
  }
}
