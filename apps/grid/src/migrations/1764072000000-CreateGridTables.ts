import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGridTables1764072000000 implements MigrationInterface {
  name = 'CreateGridTables1764072000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('DISTRICT', 'STREET', 'COMMUNITY')),
        parent_id uuid REFERENCES region (id)
      )`);
    await queryRunner.query(`
      CREATE TABLE grid_cell (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('COMMUNITY', 'ENTERPRISE_EXCLUSIVE')),
        region_id uuid NOT NULL REFERENCES region (id),
        ring jsonb NOT NULL,
        min_lat double precision NOT NULL,
        max_lat double precision NOT NULL,
        min_lng double precision NOT NULL,
        max_lng double precision NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX grid_cell_kind ON grid_cell (kind)`);
    await queryRunner.query(`CREATE INDEX grid_cell_region ON grid_cell (region_id)`);
    await queryRunner.query(
      `CREATE INDEX grid_cell_bbox ON grid_cell (min_lat, max_lat, min_lng, max_lng)`,
    );
    await queryRunner.query(`
      CREATE TABLE department (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE grid_worker (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        phone text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE grid_worker_assignment (
        grid_worker_id uuid NOT NULL REFERENCES grid_worker (id),
        grid_cell_id uuid NOT NULL REFERENCES grid_cell (id),
        PRIMARY KEY (grid_worker_id, grid_cell_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX grid_worker_assignment_cell ON grid_worker_assignment (grid_cell_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE grid_worker_assignment`);
    await queryRunner.query(`DROP TABLE grid_worker`);
    await queryRunner.query(`DROP TABLE department`);
    await queryRunner.query(`DROP TABLE grid_cell`);
    await queryRunner.query(`DROP TABLE region`);
  }
}
