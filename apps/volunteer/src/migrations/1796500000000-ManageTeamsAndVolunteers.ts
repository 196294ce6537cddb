import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The skills a volunteer may list (VolunteerSkill): 急救 手语 除雪 助老 向导 驾驶. */
const SKILLS = `ARRAY['FIRST_AID', 'SIGN_LANGUAGE', 'SNOW_CLEARING', 'ELDER_CARE', 'GUIDING', 'DRIVING']`;

/**
 * Teams gain their community (所属社区) and a lead (队长) who must be one of their members; volunteers
 * their skills, the day they joined and whether they are still active (a deactivated volunteer keeps
 * their row, check-ins and hours). The service keeps its own copy of the grid cells (`known_grid_cell`,
 * from the grid service's compacted `grid.grid-cells`), so that a team's cells are checked without
 * asking the grid service; its consumer group is named after this database (`consumer_instance`), so
 * a new database replays the registry from the beginning.
 */
export class ManageTeamsAndVolunteers1796500000000 implements MigrationInterface {
  name = 'ManageTeamsAndVolunteers1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Both teams that exist before this migration are 八卦庙社区's; new teams name theirs.
    await queryRunner.query(
      `ALTER TABLE volunteer_team ADD COLUMN community text NOT NULL DEFAULT '八卦庙社区' CHECK (btrim(community) <> '')`,
    );
    await queryRunner.query(`ALTER TABLE volunteer_team ALTER COLUMN community DROP DEFAULT`);
    // Codes are part of topic names (dispatch.volunteer-team.<CODE>): upper snake case only.
    await queryRunner.query(
      `ALTER TABLE volunteer_team ADD CONSTRAINT volunteer_team_code_upper_snake CHECK (code ~ '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$')`,
    );
    await queryRunner.query(`
      ALTER TABLE volunteer
        ADD COLUMN skills text[] NOT NULL DEFAULT '{}' CHECK (skills <@ ${SKILLS}),
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN joined_on date NOT NULL DEFAULT (now() AT TIME ZONE 'Asia/Shanghai')::date,
        ADD COLUMN deactivated_at timestamptz,
        ADD CONSTRAINT volunteer_deactivated_when_inactive CHECK (active = (deactivated_at IS NULL))`);
    await queryRunner.query(`ALTER TABLE volunteer ALTER COLUMN joined_on DROP DEFAULT`);
    // The lead is one of the team's members: (lead, team) must be a (volunteer, team) pair.
    await queryRunner.query(
      `ALTER TABLE volunteer ADD CONSTRAINT volunteer_id_team UNIQUE (id, volunteer_team_id)`,
    );
    await queryRunner.query(`
      ALTER TABLE volunteer_team
        ADD COLUMN lead_volunteer_id uuid,
        ADD CONSTRAINT volunteer_team_lead_is_member FOREIGN KEY (lead_volunteer_id, id)
          REFERENCES volunteer (id, volunteer_team_id) DEFERRABLE INITIALLY DEFERRED`);
    await queryRunner.query(`
      CREATE TABLE known_grid_cell (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE TABLE consumer_instance (id text PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`INSERT INTO consumer_instance (id) VALUES (gen_random_uuid()::text)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE consumer_instance`);
    await queryRunner.query(`DROP TABLE known_grid_cell`);
    await queryRunner.query(
      `ALTER TABLE volunteer_team DROP CONSTRAINT volunteer_team_lead_is_member, DROP COLUMN lead_volunteer_id`,
    );
    await queryRunner.query(`ALTER TABLE volunteer DROP CONSTRAINT volunteer_id_team`);
    await queryRunner.query(`
      ALTER TABLE volunteer
        DROP CONSTRAINT volunteer_deactivated_when_inactive,
        DROP COLUMN deactivated_at, DROP COLUMN joined_on, DROP COLUMN active, DROP COLUMN skills`);
    await queryRunner.query(
      `ALTER TABLE volunteer_team DROP CONSTRAINT volunteer_team_code_upper_snake, DROP COLUMN community`,
    );
  }
}
