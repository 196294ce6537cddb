import type { QueryRunner } from 'typeorm';

/**
 * The SQL of the outbox and applied-event tables. Each service calls these from a migration of its
 * own (migrations belong to the service), so every schema gets the same tables and indexes.
 */
export async function createOutboxTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE outbox_message (
      id bigserial PRIMARY KEY,
      event_id uuid NOT NULL,
      topic text NOT NULL,
      message_key text NOT NULL,
      headers jsonb NOT NULL,
      payload text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      attempts int NOT NULL DEFAULT 0,
      last_error text,
      -- One event may go to several topics (its lifecycle topic and a dispatch topic), once each.
      UNIQUE (event_id, topic)
    )`);
  // The relay only ever looks at unsent rows, oldest first.
  await queryRunner.query(
    `CREATE INDEX outbox_message_unsent ON outbox_message (id) WHERE sent_at IS NULL`,
  );
}

export async function dropOutboxTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TABLE outbox_message`);
}

export async function createAppliedEventTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE applied_event (
      consumer text NOT NULL,
      -- CloudEvents ids are any string, not only UUIDs: keep whatever the producer chose.
      event_id text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`);
}

export async function dropAppliedEventTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TABLE applied_event`);
}
