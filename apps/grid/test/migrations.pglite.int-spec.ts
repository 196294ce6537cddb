import { migrateUpAndDown, temporaryPgliteTarget } from '@erqi/shared/testing-database';
import { gridCells } from '@erqi/shared/util-seed-fixtures';
import { createGridDataSource, GRID_SCHEMA } from '../src/data-source';
import { seedGrid } from '../src/seed';

// `npm start` falls back to the embedded store: the very same migrations must run on it.
describe('grid migrations on the embedded PGlite store', () => {
  const store = temporaryPgliteTarget();
  afterAll(() => store.cleanup());

  it('run up (and hold the seed data) and down again', async () => {
    const dataSource = createGridDataSource(store.target);
    try {
      const { afterUp, afterDown } = await migrateUpAndDown(dataSource, GRID_SCHEMA);
      expect(afterUp).toEqual(['department', 'grid_cell', 'grid_worker', 'grid_worker_assignment', 'migrations', 'region']);
      expect(afterDown).toEqual(['migrations']);
      await dataSource.runMigrations();
      await seedGrid(dataSource);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM grid_cell WHERE kind = 'ENTERPRISE_EXCLUSIVE'`)).toEqual([
        { n: gridCells.filter((cell) => cell.kind === 'ENTERPRISE_EXCLUSIVE').length },
      ]);
    } finally {
      await dataSource.destroy();
    }
  });
});
