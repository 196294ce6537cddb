import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Expands `from`..`to` (ISO dates, inclusive) into one row per date. */
function range(from: string, to: string, name: string): Array<[string, string]> {
  const days: Array<[string, string]> = [];
  for (
    let day = new Date(`${from}T00:00:00Z`);
    day <= new Date(`${to}T00:00:00Z`);
    day = new Date(day.getTime() + 86_400_000)
  ) {
    days.push([day.toISOString().slice(0, 10), name]);
  }
  return days;
}

/**
 * The State Council's holiday notices (国务院办公厅关于部分节假日安排的通知) for 2024, 2025 and 2026: days off,
 * and the weekend days worked to make up for them (调休). Later years are added by a new migration or by an admin.
 */
const HOLIDAYS: Array<[string, string]> = [
  ...range('2024-01-01', '2024-01-01', '元旦'),
  ...range('2024-02-10', '2024-02-17', '春节'),
  ...range('2024-04-04', '2024-04-06', '清明节'),
  ...range('2024-05-01', '2024-05-05', '劳动节'),
  ...range('2024-06-10', '2024-06-10', '端午节'),
  ...range('2024-09-15', '2024-09-17', '中秋节'),
  ...range('2024-10-01', '2024-10-07', '国庆节'),
  ...range('2025-01-01', '2025-01-01', '元旦'),
  ...range('2025-01-28', '2025-02-04', '春节'),
  ...range('2025-04-04', '2025-04-06', '清明节'),
  ...range('2025-05-01', '2025-05-05', '劳动节'),
  ...range('2025-05-31', '2025-06-02', '端午节'),
  ...range('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  ...range('2026-01-01', '2026-01-03', '元旦'),
  ...range('2026-02-15', '2026-02-23', '春节'),
  ...range('2026-04-04', '2026-04-06', '清明节'),
  ...range('2026-05-01', '2026-05-05', '劳动节'),
  ...range('2026-06-19', '2026-06-21', '端午节'),
  ...range('2026-09-25', '2026-09-27', '中秋节'),
  ...range('2026-10-01', '2026-10-07', '国庆节'),
];
const WORKDAYS: Array<[string, string]> = [
  ['2024-02-04', '春节调休'],
  ['2024-02-18', '春节调休'],
  ['2024-04-07', '清明节调休'],
  ['2024-04-28', '劳动节调休'],
  ['2024-05-11', '劳动节调休'],
  ['2024-09-14', '中秋节调休'],
  ['2024-09-29', '国庆节调休'],
  ['2024-10-12', '国庆节调休'],
  ['2025-01-26', '春节调休'],
  ['2025-02-08', '春节调休'],
  ['2025-04-27', '劳动节调休'],
  ['2025-09-28', '国庆节调休'],
  ['2025-10-11', '国庆节调休'],
  ['2026-01-04', '元旦调休'],
  ['2026-02-14', '春节调休'],
  ['2026-02-28', '春节调休'],
  ['2026-05-09', '劳动节调休'],
  ['2026-09-20', '国庆节调休'],
  ['2026-10-10', '国庆节调休'],
];

const CLOSURE_REASONS = `'EVALUATED', 'NO_RESPONSE', 'MERGED'`;

/**
 * The closed loop's workflow: evaluation, closure, the leader of a ledger case, possible duplicates,
 * the kind of a timeline entry (progress notes are counted), and the working calendar deadlines use.
 */
export class AddWorkflow1764072600000 implements MigrationInterface {
  name = 'AddWorkflow1764072600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE appeal
        ADD COLUMN leader_name text,
        ADD COLUMN feedback text,
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN evaluation_due_at timestamptz,
        ADD COLUMN evaluation_rating smallint CHECK (evaluation_rating BETWEEN 1 AND 5),
        ADD COLUMN evaluation_comment text,
        ADD COLUMN evaluated_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN closure_reason text CHECK (closure_reason IN (${CLOSURE_REASONS})),
        ADD COLUMN possible_duplicate_of_id uuid REFERENCES appeal (id)`);
    // Cases closed before this migration were closed after their evaluation.
    await queryRunner.query(
      `UPDATE appeal SET closure_reason = 'EVALUATED', closed_at = COALESCE((SELECT max(at) FROM timeline_entry WHERE appeal_id = appeal.id), submitted_at) WHERE status = 'CLOSED'`,
    );
    await queryRunner.query(`
      ALTER TABLE appeal
        ADD CONSTRAINT appeal_closed_with_reason CHECK ((status = 'CLOSED') = (closure_reason IS NOT NULL AND closed_at IS NOT NULL)),
        ADD CONSTRAINT appeal_evaluation_whole CHECK ((evaluation_rating IS NULL) = (evaluated_at IS NULL))`);
    // The no-response scan reads only resolved appeals whose evaluation window passed.
    await queryRunner.query(
      `CREATE INDEX appeal_awaiting_evaluation ON appeal (evaluation_due_at) WHERE status = 'RESOLVED'`,
    );
    // A new column with a default does not rewrite rows, so the append-only trigger does not object.
    await queryRunner.query(
      `ALTER TABLE timeline_entry ADD COLUMN kind text NOT NULL DEFAULT 'STEP'`,
    );
    await queryRunner.query(`
      CREATE TABLE calendar_day (
        date date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
        name text NOT NULL
      )`);
    const rows = [
      ...HOLIDAYS.map(([date, name]) => [date, 'HOLIDAY', name]),
      ...WORKDAYS.map(([date, name]) => [date, 'WORKDAY', name]),
    ];
    await queryRunner.query(
      `INSERT INTO calendar_day (date, kind, name) VALUES ${rows.map((_, index) => `($${index * 3 + 1}::date, $${index * 3 + 2}, $${index * 3 + 3})`).join(', ')}`,
      rows.flat(),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_day`);
    await queryRunner.query(`ALTER TABLE timeline_entry DROP COLUMN kind`);
    await queryRunner.query(`DROP INDEX appeal_awaiting_evaluation`);
    await queryRunner.query(`
      ALTER TABLE appeal
        DROP CONSTRAINT appeal_evaluation_whole,
        DROP CONSTRAINT appeal_closed_with_reason,
        DROP COLUMN possible_duplicate_of_id,
        DROP COLUMN closure_reason,
        DROP COLUMN closed_at,
        DROP COLUMN evaluated_at,
        DROP COLUMN evaluation_comment,
        DROP COLUMN evaluation_rating,
        DROP COLUMN evaluation_due_at,
        DROP COLUMN resolved_at,
        DROP COLUMN feedback,
        DROP COLUMN leader_name`);
  }
}
