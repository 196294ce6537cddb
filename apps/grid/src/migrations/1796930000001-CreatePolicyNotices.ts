import { createAppliedEventTable, dropAppliedEventTable } from '@erqi/shared/data-access-events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 二七帮 policy notices: the grid service's first consumer. It keeps, per grid cell, the policies the
 * cell's enterprises qualify for (from `cn.erqi.enterprise.policy-published`), with the applied-event
 * table that makes it idempotent and the consumer group's name (`consumer_instance`: a new database
 * replays the topic from its beginning).
 */
export class CreatePolicyNotices1796930000001 implements MigrationInterface {
  name = 'CreatePolicyNotices1796930000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAppliedEventTable(queryRunner);
    await queryRunner.query(
      `CREATE TABLE consumer_instance (id text PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`INSERT INTO consumer_instance (id) VALUES (gen_random_uuid()::text)`);
    await queryRunner.query(`
      CREATE TABLE policy_notice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        policy_id uuid NOT NULL,
        enterprise_id uuid NOT NULL,
        enterprise_name text NOT NULL,
        grid_cell_id uuid NOT NULL,
        title text NOT NULL,
        department_code text NOT NULL,
        amount_cap integer NOT NULL,
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        published_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT policy_notice_once UNIQUE (policy_id, enterprise_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX policy_notice_cell ON policy_notice (grid_cell_id, published_at DESC, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE policy_notice`);
    await queryRunner.query(`DROP TABLE consumer_instance`);
    await dropAppliedEventTable(queryRunner);
  }
}
