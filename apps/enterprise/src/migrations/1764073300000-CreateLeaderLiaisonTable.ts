import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 领导联系重点企业: which district leader liaises with which key enterprise; a LEADER sees only those. */
export class CreateLeaderLiaisonTable1764073300000 implements MigrationInterface {
  name = 'CreateLeaderLiaisonTable1764073300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE leader_liaison (
        leader_subject text NOT NULL CHECK (char_length(leader_subject) BETWEEN 1 AND 200),
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        since timestamptz NOT NULL,
        PRIMARY KEY (leader_subject, enterprise_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX leader_liaison_enterprise ON leader_liaison (enterprise_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE leader_liaison`);
  }
}
