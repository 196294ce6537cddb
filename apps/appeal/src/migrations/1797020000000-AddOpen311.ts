import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Open311 face: API keys (hashed, each bound to one identity, revoked by time) and where each
 * request filed through it said the problem is (point or address) and what media it linked.
 */
export class AddOpen3111797020000000 implements MigrationInterface {
  name = 'AddOpen3111797020000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE open311_api_key (
      id uuid PRIMARY KEY,
      key_hash text NOT NULL,
      label text NOT NULL,
      role text NOT NULL,
      subject text NOT NULL,
      name text,
      enterprise_id uuid,
      grid_cell_ids uuid[] NOT NULL DEFAULT '{}',
      issued_by text NOT NULL,
      issued_at timestamptz NOT NULL,
      revoked_at timestamptz
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX open311_api_key_hash ON open311_api_key (key_hash)`,
    );
    await queryRunner.query(`CREATE TABLE open311_location (
      appeal_id uuid PRIMARY KEY REFERENCES appeal (id),
      api_key_id uuid NOT NULL REFERENCES open311_api_key (id),
      lat double precision,
      lng double precision,
      located_grid_cell_id uuid,
      address_string text,
      media_url text
    )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE open311_location`);
    await queryRunner.query(`DROP TABLE open311_api_key`);
  }
}
