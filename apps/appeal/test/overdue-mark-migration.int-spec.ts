import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import type { DataSource } from 'typeorm';
import { createAppealDataSource } from '../src/data-source';
import { MoveOverdueMarkToEscalations1797120000000 } from '../src/migrations/1797120000000-MoveOverdueMarkToEscalations';
import { insertAppeal, insertTestCategory } from './escalation-fixtures';

const START = new Date('2024-03-04T01:00:00.000Z');

/**
 * 督办: the overdue mark moved from `appeal.overdue` into the escalation ledger. An upgrade (or a
 * rollback) must keep which appeals the supervisors see as overdue.
 */
describe('督办: the overdue mark across the migration into the escalation ledger', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const migration = new MoveOverdueMarkToEscalations1797120000000();

  beforeAll(async () => {
    database = await createTestDatabase('appeal_overdue_mark');
    dataSource = await initializeServiceDataSource(
      createAppealDataSource({ kind: 'postgres', url: database.url }),
    );
    await insertTestCategory(dataSource);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const withRunner = async (
    run: (runner: ReturnType<DataSource['createQueryRunner']>) => Promise<void>,
  ) => {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await run(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
  };

  const escalate = (appealId: string) =>
    dataSource.query(
      `INSERT INTO appeal_escalation (id, appeal_id, deadline, deadline_at, department_code, detected_at)
       VALUES (gen_random_uuid(), $1, 'HANDLING', $2, NULL, $2)`,
      [appealId, START],
    );

  const markedInLedger = async (): Promise<string[]> =>
    (
      (await dataSource.query(
        `SELECT DISTINCT appeal_id FROM appeal_escalation WHERE cleared_at IS NULL ORDER BY appeal_id`,
      )) as Array<{ appeal_id: string }>
    ).map((row) => row.appeal_id);

  it('keeps the marked appeals marked and the cleared ones cleared, up and down', async () => {
    // The release before: the mark on the appeal row.
    await withRunner((runner) => migration.down(runner));
    const marked = await insertAppeal(dataSource, { submittedAt: START, dueAt: START });
    const cleared = await insertAppeal(dataSource, { submittedAt: START, dueAt: START });
    const never = await insertAppeal(dataSource, { submittedAt: START, dueAt: START });
    await escalate(marked);
    await escalate(cleared);
    await dataSource.query(`UPDATE appeal SET overdue = true WHERE id = $1`, [marked]);

    await withRunner((runner) => migration.up(runner));
    expect(await markedInLedger()).toEqual([marked]);
    expect(
      await dataSource.query(
        `SELECT count(*)::int AS n FROM appeal_escalation WHERE appeal_id = $1`,
        [never],
      ),
    ).toEqual([{ n: 0 }]);

    // And back: the release before reads its column again.
    await withRunner((runner) => migration.down(runner));
    expect(await dataSource.query(`SELECT id FROM appeal WHERE overdue ORDER BY id`)).toEqual([
      { id: marked },
    ]);
    await withRunner((runner) => migration.up(runner));
    expect(await markedInLedger()).toEqual([marked]);
  });
});
