import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The years an ADMIN set in this database (their `calendar_day` rows take precedence over the
 * published holiday package). The years seeded by AddWorkflow from the State Council's notices count as
 * set, so the calendar_day rows already here keep their meaning.
 */
export class AddCalendarYears1796077300000 implements MigrationInterface {
  name = 'AddCalendarYears1796077300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_year (
        year int PRIMARY KEY,
        set_by text NOT NULL,
        set_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      INSERT INTO calendar_year (year, set_by, set_at)
      SELECT DISTINCT extract(year FROM date)::int, 'migration AddWorkflow1764072600000', now()
      FROM calendar_day`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_year`);
  }
}
