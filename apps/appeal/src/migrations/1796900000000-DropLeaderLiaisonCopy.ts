import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One source of 领导联系企业: the appeal service reads liaisons from its copy of the enterprise
 * registry (`known_enterprise.leader_subjects`, fed by `enterprise.registry` records), which the
 * enterprise service publishes with every liaison change. The seed-filled `known_leader_liaison` was a
 * second, stale copy (a liaison assigned later never reached it), so it goes. Its rows are not merged:
 * the registry records carry the same liaisons, and newer ones.
 */
export class DropLeaderLiaisonCopy1796900000000 implements MigrationInterface {
  name = 'DropLeaderLiaisonCopy1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE known_leader_liaison`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE known_leader_liaison (
         leader_subject text NOT NULL,
         enterprise_id uuid NOT NULL,
         since timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (leader_subject, enterprise_id)
       )`,
    );
  }
}
