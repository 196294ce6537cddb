import { migrateUpAndDown, temporaryPgliteTarget } from '@erqi/shared/data-access-testing';
import { appealCategories, appeals } from '@erqi/shared/util-seed-fixtures';
import { APPEAL_SCHEMA, createAppealDataSource } from '../src/data-source';
import { seedAppeal } from '../src/seed';

// `npm start` falls back to the embedded store: the very same migrations must run on it.
describe('appeal migrations on the embedded PGlite store', () => {
  const store = temporaryPgliteTarget();
  afterAll(() => store.cleanup());

  it('run up (and hold the seed data and default dispatch rules, with the append-only timeline) and down again', async () => {
    const dataSource = createAppealDataSource(store.target);
    try {
      const { afterUp, afterDown } = await migrateUpAndDown(dataSource, APPEAL_SCHEMA);
      expect(afterUp).toEqual(['appeal', 'appeal_category', 'appeal_dispatch', 'dispatch_rule', 'migrations', 'outbox_message', 'timeline_entry']);
      expect(afterDown).toEqual(['migrations']);
      await dataSource.runMigrations();
      await seedAppeal(dataSource);
      await seedAppeal(dataSource);
      expect(await dataSource.query('SELECT count(*)::int AS n FROM appeal')).toEqual([{ n: appeals.length }]);
      expect(await dataSource.query('SELECT count(*)::int AS n FROM dispatch_rule')).toEqual([{ n: appealCategories.length }]);
      await expect(dataSource.query(`UPDATE timeline_entry SET note = 'rewritten'`)).rejects.toThrow(/append-only/);
    } finally {
      await dataSource.destroy();
    }
  });
});
