import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'ENTERPRISE_APP', 'GRID_WORKER', 'HOTLINE', 'LEADER_LIAISON', 'DEPUTY_SURVEY', 'COMMUNITY_COLLECTION'`;

/**
 * Three more ways in: a 体验官's complaint (吐槽大会 or own experience), a need found on a 万人助万企
 * visit, and the Open311 face. Down refuses while an appeal of a new channel exists, rather than
 * rewriting how it arrived.
 */
export class WidenAppealChannels1796800000000 implements MigrationInterface {
  name = 'WidenAppealChannels1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE appeal DROP CONSTRAINT appeal_channel_check`);
    await queryRunner.query(
      `ALTER TABLE appeal ADD CONSTRAINT appeal_channel_check CHECK (channel IN (${BEFORE}, 'EXPERIENCE_OFFICER', 'ENTERPRISE_VISIT', 'OPEN311'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE appeal DROP CONSTRAINT appeal_channel_check`);
    await queryRunner.query(
      `ALTER TABLE appeal ADD CONSTRAINT appeal_channel_check CHECK (channel IN (${BEFORE}))`,
    );
  }
}
