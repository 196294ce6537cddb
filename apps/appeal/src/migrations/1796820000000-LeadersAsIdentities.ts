import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The seed LEADER (区领导 一号, `stableId('user', 'leader-1')`): the one free-text name we can map to an id. */
const SEED_LEADERS: ReadonlyArray<{ name: string; id: string }> = [
  { name: '区领导 一号', id: 'cad29af3-10c2-5320-95ef-d2050c7483a7' },
];

/**
 * 领导领办 by identity: a case is on a leader's ledger by the leader's token subject (`leader_id`);
 * `leader_name` stays as the name shown. Names of a seed leader map to its id; other names are kept as
 * display names only (no leader sees those cases until the office assigns one by id).
 * The appeal service's copy of the enterprise registry learns which leaders liaise with each
 * enterprise (领导联系企业); 调研 visits (深入一线) are logged against the cases they concern.
 */
export class LeadersAsIdentities1796820000000 implements MigrationInterface {
  name = 'LeadersAsIdentities1796820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE appeal ADD COLUMN leader_id text`);
    for (const leader of SEED_LEADERS)
      await queryRunner.query(`UPDATE appeal SET leader_id = $1 WHERE leader_name = $2`, [
        leader.id,
        leader.name,
      ]);
    await queryRunner.query(
      `CREATE INDEX appeal_leader_id ON appeal (leader_id) WHERE leader_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE known_enterprise ADD COLUMN leader_subjects text[] NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `CREATE INDEX known_enterprise_leader_subjects ON known_enterprise USING gin (leader_subjects)`,
    );
    await queryRunner.query(`
      CREATE TABLE leader_visit (
        id uuid PRIMARY KEY,
        leader_id text NOT NULL,
        leader_name text NOT NULL,
        visited_on date NOT NULL,
        place text NOT NULL,
        enterprise_id uuid,
        findings text NOT NULL,
        logged_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX leader_visit_leader ON leader_visit (leader_id, logged_at DESC, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE leader_visit_appeal (
        visit_id uuid NOT NULL REFERENCES leader_visit (id) ON DELETE CASCADE,
        appeal_id uuid NOT NULL REFERENCES appeal (id),
        PRIMARY KEY (visit_id, appeal_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX leader_visit_appeal_appeal ON leader_visit_appeal (appeal_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE leader_visit_appeal`);
    await queryRunner.query(`DROP TABLE leader_visit`);
    await queryRunner.query(`DROP INDEX known_enterprise_leader_subjects`);
    await queryRunner.query(`ALTER TABLE known_enterprise DROP COLUMN leader_subjects`);
    await queryRunner.query(`DROP INDEX appeal_leader_id`);
    await queryRunner.query(`ALTER TABLE appeal DROP COLUMN leader_id`);
  }
}
