import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVolunteerTables1764072300000 implements MigrationInterface {
  name = 'CreateVolunteerTables1764072300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE volunteer_team (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL
      )`);
    // grid_cell_id has no foreign key: cells live in the grid service's database.
    await queryRunner.query(`
      CREATE TABLE volunteer_team_grid_cell (
        volunteer_team_id uuid NOT NULL REFERENCES volunteer_team (id),
        grid_cell_id uuid NOT NULL,
        PRIMARY KEY (volunteer_team_id, grid_cell_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX volunteer_team_grid_cell_cell ON volunteer_team_grid_cell (grid_cell_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE volunteer (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (btrim(name) <> ''),
        phone text NOT NULL UNIQUE CHECK (phone ~ '^1[0-9]{10}$'),
        volunteer_team_id uuid NOT NULL REFERENCES volunteer_team (id)
      )`);
    await queryRunner.query(`CREATE INDEX volunteer_by_team ON volunteer (volunteer_team_id)`);
    await queryRunner.query(`
      CREATE TABLE volunteer_activity (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        location text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        reported_visits integer CHECK (reported_visits >= 0),
        CHECK (ends_on >= starts_on)
      )`);
    await queryRunner.query(
      `CREATE INDEX volunteer_activity_starts_on ON volunteer_activity (starts_on, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE shift (
        id uuid PRIMARY KEY,
        volunteer_activity_id uuid NOT NULL REFERENCES volunteer_activity (id),
        volunteer_team_id uuid NOT NULL REFERENCES volunteer_team (id),
        duty text NOT NULL CHECK (duty IN ('GUIDANCE', 'ORDER_KEEPING', 'HELPING_VULNERABLE', 'SNOW_AND_ICE_CLEARING')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        CHECK (ends_at > starts_at)
      )`);
    await queryRunner.query(
      `CREATE INDEX shift_activity ON shift (volunteer_activity_id, starts_at)`,
    );
    await queryRunner.query(`CREATE INDEX shift_team ON shift (volunteer_team_id)`);
    await queryRunner.query(`
      CREATE TABLE check_in (
        id uuid PRIMARY KEY,
        shift_id uuid NOT NULL REFERENCES shift (id),
        volunteer_id uuid NOT NULL REFERENCES volunteer (id),
        checked_in_at timestamptz NOT NULL,
        checked_out_at timestamptz CHECK (checked_out_at >= checked_in_at),
        UNIQUE (shift_id, volunteer_id)
      )`);
    await queryRunner.query(`CREATE INDEX check_in_volunteer ON check_in (volunteer_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE check_in`);
    await queryRunner.query(`DROP TABLE shift`);
    await queryRunner.query(`DROP TABLE volunteer_activity`);
    await queryRunner.query(`DROP TABLE volunteer`);
    await queryRunner.query(`DROP TABLE volunteer_team_grid_cell`);
    await queryRunner.query(`DROP TABLE volunteer_team`);
  }
}
