import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The four whistles' intake: the copy of the leaders' liaisons (领导联系重点企业) a LEADER files for,
 * and an index for what a whistle role sees (the appeals it filed, newest first).
 */
export class AddWhistleIntake1796810000000 implements MigrationInterface {
  name = 'AddWhistleIntake1796810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE known_leader_liaison (
         leader_subject text NOT NULL,
         enterprise_id uuid NOT NULL,
         since timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (leader_subject, enterprise_id)
       )`,
    );
    await queryRunner.query(
      `CREATE INDEX appeal_submitted_by ON appeal (submitted_by, submitted_at DESC, id DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX appeal_submitted_by`);
    await queryRunner.query(`DROP TABLE known_leader_liaison`);
  }
}
