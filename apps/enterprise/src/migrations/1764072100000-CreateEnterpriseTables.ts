import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEnterpriseTables1764072100000 implements MigrationInterface {
  name = 'CreateEnterpriseTables1764072100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // grid_cell_id names a cell of the grid service, which keeps its own database: no foreign key.
    // The checks repeat the service's validation so that no other path can store a malformed row.
    await queryRunner.query(`
      CREATE TABLE enterprise (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        credit_code text NOT NULL CONSTRAINT enterprise_credit_code_unique UNIQUE
          CHECK (credit_code ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
        grid_cell_id uuid NOT NULL,
        contact_name text NOT NULL CHECK (char_length(contact_name) BETWEEN 1 AND 100),
        contact_phone text NOT NULL CHECK (contact_phone ~ '^1[0-9]{10}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Serves GridCell.enterprises (per cell, by name) and the `enterprises` list (by name).
    await queryRunner.query(
      `CREATE INDEX enterprise_grid_cell_name ON enterprise (grid_cell_id, name, id)`,
    );
    await queryRunner.query(`CREATE INDEX enterprise_name ON enterprise (name, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE enterprise`);
  }
}
