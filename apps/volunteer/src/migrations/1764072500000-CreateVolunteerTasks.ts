import {
  createAppliedEventTable,
  createOutboxTable,
  dropAppliedEventTable,
  dropOutboxTable,
} from '@erqi/shared/data-access-events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVolunteerTasks1764072500000 implements MigrationInterface {
  name = 'CreateVolunteerTasks1764072500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // appeal_id has no foreign key: appeals live in the appeal service's database.
    await queryRunner.query(`
      CREATE TABLE volunteer_task (
        id uuid PRIMARY KEY,
        appeal_id uuid NOT NULL,
        volunteer_team_id uuid NOT NULL REFERENCES volunteer_team (id),
        title text NOT NULL CHECK (title <> ''),
        description text NOT NULL,
        category text NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
        created_at timestamptz NOT NULL,
        source_event_id uuid NOT NULL UNIQUE
      )`);
    await queryRunner.query(
      `CREATE INDEX volunteer_task_appeal ON volunteer_task (appeal_id, created_at, id)`,
    );
    await queryRunner.query(
      `CREATE INDEX volunteer_task_team ON volunteer_task (volunteer_team_id, created_at, id)`,
    );
    await createAppliedEventTable(queryRunner);
    await createOutboxTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxTable(queryRunner);
    await dropAppliedEventTable(queryRunner);
    await queryRunner.query(`DROP TABLE volunteer_task`);
  }
}
