import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An appeal filed from a resident's suggestion (意见表, channel COMMUNITY_VISIT) remembers the
 * resident it came from, by id only (the person stays in the community's records), so that the
 * RESIDENT can follow what became of it (docs/ACCESS.md). Null for every other appeal.
 */
export class AddAppealResident1796970000000 implements MigrationInterface {
  name = 'AddAppealResident1796970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE appeal ADD COLUMN resident_id uuid`);
    await queryRunner.query(
      `CREATE INDEX appeal_resident ON appeal (resident_id) WHERE resident_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX appeal_resident`);
    await queryRunner.query(`ALTER TABLE appeal DROP COLUMN resident_id`);
  }
}
