import { createAppliedEventTable, dropAppliedEventTable } from '@erqi/shared/data-access-events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The appeal service's own copies of what other services own (departments and grid cells from grid,
 * the enterprise → cell registry from enterprise, team coverage from volunteer), fed by their compacted
 * topics, so that submitting an appeal asks no other service. Also the applied-event table of its
 * consumers, and the name of this database's consumer groups: a new database gets new groups, which
 * replay the registries from the beginning.
 */
export class CreateLocalCopies1796076000000 implements MigrationInterface {
  name = 'CreateLocalCopies1796076000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAppliedEventTable(queryRunner);
    await queryRunner.query(`
      CREATE TABLE known_department (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE known_grid_cell (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE known_enterprise (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        credit_code text NOT NULL,
        grid_cell_id uuid NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE known_volunteer_team (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        grid_cell_ids uuid[] NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE TABLE consumer_instance (id text PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`INSERT INTO consumer_instance (id) VALUES (gen_random_uuid()::text)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE consumer_instance`);
    await queryRunner.query(`DROP TABLE known_volunteer_team`);
    await queryRunner.query(`DROP TABLE known_enterprise`);
    await queryRunner.query(`DROP TABLE known_grid_cell`);
    await queryRunner.query(`DROP TABLE known_department`);
    await dropAppliedEventTable(queryRunner);
  }
}
