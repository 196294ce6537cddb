import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 岗位 and 报名: a shift now belongs to a post (a duty at a place, staffed by one team) and asks for a
 * headcount; volunteers sign up for it. Existing shifts move under one post per (activity, team, duty),
 * placed at the activity's location, with their times and check-ins kept.
 */
export class VolunteerPostsAndSignUps1796600000000 implements MigrationInterface {
  name = 'VolunteerPostsAndSignUps1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE volunteer_post (
        id uuid PRIMARY KEY,
        volunteer_activity_id uuid NOT NULL REFERENCES volunteer_activity (id),
        volunteer_team_id uuid NOT NULL REFERENCES volunteer_team (id),
        duty text NOT NULL CHECK (duty IN ('GUIDANCE', 'ORDER_KEEPING', 'HELPING_VULNERABLE', 'SNOW_AND_ICE_CLEARING')),
        place text NOT NULL CHECK (btrim(place) <> '')
      )`);
    await queryRunner.query(
      `CREATE INDEX volunteer_post_activity ON volunteer_post (volunteer_activity_id)`,
    );
    await queryRunner.query(`
      INSERT INTO volunteer_post (id, volunteer_activity_id, volunteer_team_id, duty, place)
      SELECT gen_random_uuid(), grouped.volunteer_activity_id, grouped.volunteer_team_id, grouped.duty, grouped.location
      FROM (SELECT DISTINCT shift.volunteer_activity_id, shift.volunteer_team_id, shift.duty, activity.location
            FROM shift JOIN volunteer_activity activity ON activity.id = shift.volunteer_activity_id) grouped`);
    await queryRunner.query(`
      ALTER TABLE shift
        ADD COLUMN volunteer_post_id uuid REFERENCES volunteer_post (id),
        ADD COLUMN required_headcount integer NOT NULL DEFAULT 1 CHECK (required_headcount >= 1)`);
    await queryRunner.query(`
      UPDATE shift SET volunteer_post_id = post.id
      FROM volunteer_post post
      WHERE post.volunteer_activity_id = shift.volunteer_activity_id
        AND post.volunteer_team_id = shift.volunteer_team_id AND post.duty = shift.duty`);
    await queryRunner.query(`ALTER TABLE shift ALTER COLUMN volunteer_post_id SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE shift ALTER COLUMN required_headcount DROP DEFAULT`);
    await queryRunner.query(`CREATE INDEX shift_post ON shift (volunteer_post_id, starts_at)`);
    // Who checked in to a shift was on it: those become its sign-ups, so history and headcount agree.
    await queryRunner.query(`
      CREATE TABLE shift_sign_up (
        id uuid PRIMARY KEY,
        shift_id uuid NOT NULL REFERENCES shift (id),
        volunteer_id uuid NOT NULL REFERENCES volunteer (id),
        signed_up_at timestamptz NOT NULL,
        UNIQUE (shift_id, volunteer_id)
      )`);
    await queryRunner.query(`CREATE INDEX shift_sign_up_volunteer ON shift_sign_up (volunteer_id)`);
    await queryRunner.query(`
      INSERT INTO shift_sign_up (id, shift_id, volunteer_id, signed_up_at)
      SELECT gen_random_uuid(), check_in.shift_id, check_in.volunteer_id, check_in.checked_in_at
      FROM check_in`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE shift_sign_up`);
    await queryRunner.query(`DROP INDEX shift_post`);
    await queryRunner.query(
      `ALTER TABLE shift DROP COLUMN volunteer_post_id, DROP COLUMN required_headcount`,
    );
    await queryRunner.query(`DROP TABLE volunteer_post`);
  }
}
