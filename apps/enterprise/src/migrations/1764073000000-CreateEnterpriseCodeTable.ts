import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 政企码: the versions of each enterprise's code. The signed value is derived, never stored. */
export class CreateEnterpriseCodeTable1764073000000 implements MigrationInterface {
  name = 'CreateEnterpriseCodeTable1764073000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Only the highest version of an enterprise is current; older ones are invalid by being older.
    await queryRunner.query(`
      CREATE TABLE enterprise_code (
        enterprise_id uuid NOT NULL REFERENCES enterprise (id),
        version integer NOT NULL CHECK (version >= 1),
        issued_at timestamptz NOT NULL,
        revoked_at timestamptz,
        PRIMARY KEY (enterprise_id, version),
        CHECK (revoked_at IS NULL OR revoked_at >= issued_at)
      )`);
    // Every enterprise already registered gets its first code.
    await queryRunner.query(
      `INSERT INTO enterprise_code (enterprise_id, version, issued_at) SELECT id, 1, now() FROM enterprise`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE enterprise_code`);
  }
}
