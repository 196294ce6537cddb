import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A task's steps by a member: accepted (认领) by one volunteer of the team, started, completed with a
 * note; and escalated to the lead (上报队长) when nobody accepted it in time. The partial index is
 * what the escalation sweep reads: only the OPEN tasks not yet escalated, oldest first.
 */
export class AddVolunteerTaskSteps1796700000000 implements MigrationInterface {
  name = 'AddVolunteerTaskSteps1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE volunteer_task
        DROP CONSTRAINT volunteer_task_status_check,
        ADD CONSTRAINT volunteer_task_status_check
          CHECK (status IN ('OPEN', 'ACCEPTED', 'IN_PROGRESS', 'DONE')),
        ADD COLUMN accepted_by_volunteer_id uuid REFERENCES volunteer (id),
        ADD COLUMN accepted_at timestamptz,
        ADD COLUMN started_at timestamptz,
        ADD COLUMN completed_at timestamptz,
        ADD COLUMN completion_note text CHECK (char_length(completion_note) BETWEEN 1 AND 2000),
        ADD COLUMN escalated_at timestamptz,
        ADD CONSTRAINT volunteer_task_accepted_together
          CHECK ((accepted_by_volunteer_id IS NULL) = (accepted_at IS NULL))`);
    await queryRunner.query(
      `CREATE INDEX volunteer_task_awaiting_acceptance ON volunteer_task (created_at)
       WHERE status = 'OPEN' AND escalated_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX volunteer_task_awaiting_acceptance`);
    // An accepted task was, before these steps existed, still waiting for the team.
    await queryRunner.query(`UPDATE volunteer_task SET status = 'OPEN' WHERE status = 'ACCEPTED'`);
    await queryRunner.query(`
      ALTER TABLE volunteer_task
        DROP CONSTRAINT volunteer_task_accepted_together,
        DROP COLUMN escalated_at,
        DROP COLUMN completion_note,
        DROP COLUMN completed_at,
        DROP COLUMN started_at,
        DROP COLUMN accepted_at,
        DROP COLUMN accepted_by_volunteer_id,
        DROP CONSTRAINT volunteer_task_status_check,
        ADD CONSTRAINT volunteer_task_status_check CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE'))`);
  }
}
