import { migrateUpAndDown, temporaryPgliteTarget } from '@erqi/shared/testing-database';
import { departments, gridCells } from '@erqi/shared/util-seed-fixtures';
import { assertKnownEvent, fromKafkaRecord } from '@erqi/shared/util-event-catalogue';
import { createGridDataSource, GRID_SCHEMA } from '../src/data-source';
import { seedGrid } from '../src/seed';

// A service can still run on PGlite (PGLITE_DATA_DIR; `npm start` now uses a real embedded server): the very same migrations must run on it.
describe('grid migrations on the embedded PGlite store', () => {
  const store = temporaryPgliteTarget();
  afterAll(() => store.cleanup());

  it('run up (and hold the seed data) and down again', async () => {
    const dataSource = createGridDataSource(store.target);
    try {
      const { afterUp, afterDown } = await migrateUpAndDown(dataSource, GRID_SCHEMA);
      expect(afterUp).toEqual([
        'aid_case',
        'aid_rule',
        'allowance_payment',
        'allowance_rule',
        'applied_event',
        'birthday_visit',
        'community_suggestion',
        'consumer_instance',
        'department',
        'grid_cell',
        'grid_worker',
        'grid_worker_assignment',
        'household',
        'life_event',
        'migrations',
        'outbox_message',
        'policy_notice',
        'region',
        'resident',
      ]);
      expect(afterDown).toEqual(['migrations']);
      await dataSource.runMigrations();
      await seedGrid(dataSource);
      expect(
        await dataSource.query(
          `SELECT count(*)::int AS n FROM grid_cell WHERE kind = 'ENTERPRISE_EXCLUSIVE'`,
        ),
      ).toEqual([{ n: gridCells.filter((cell) => cell.kind === 'ENTERPRISE_EXCLUSIVE').length }]);
      // The seed publishes the registries through the outbox, in its transaction.
      expect(
        await dataSource.query(
          `SELECT topic, count(*)::int AS n FROM outbox_message GROUP BY topic ORDER BY topic`,
        ),
      ).toEqual([
        { topic: 'grid.departments', n: departments.length },
        { topic: 'grid.grid-cells', n: gridCells.length },
      ]);

      // Rows that existed before the registry was published: its migration enqueues a snapshot of them, as valid CloudEvents.
      await dataSource.undoLastMigration(); // the community's tables (issue 14), then the registry's
      await dataSource.undoLastMigration();
      await dataSource.runMigrations();
      const snapshot = (await dataSource.query(
        `SELECT headers, payload FROM outbox_message WHERE topic = 'grid.grid-cells'`,
      )) as Array<{ headers: Record<string, string>; payload: string }>;
      expect(snapshot).toHaveLength(gridCells.length);
      for (const row of snapshot)
        expect(
          assertKnownEvent(
            fromKafkaRecord({ value: row.payload, headers: row.headers }),
            'gridCellChanged',
          ).data,
        ).toBeDefined();
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);
});
