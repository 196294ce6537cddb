import { migrateUpAndDown, temporaryPgliteTarget } from '@erqi/shared/data-access-testing';
import { enterprises } from '@erqi/shared/util-seed-fixtures';
import { createEnterpriseDataSource, ENTERPRISE_SCHEMA } from '../src/data-source';
import { seedEnterprise } from '../src/seed';

// `npm start` falls back to the embedded store: the very same migrations must run on it.
describe('enterprise migrations on the embedded PGlite store', () => {
  const store = temporaryPgliteTarget();
  afterAll(() => store.cleanup());

  it('run up (and hold the seed data) and down again', async () => {
    const dataSource = createEnterpriseDataSource(store.target);
    try {
      const { afterUp, afterDown } = await migrateUpAndDown(dataSource, ENTERPRISE_SCHEMA);
      expect(afterUp).toEqual(['enterprise', 'migrations']);
      expect(afterDown).toEqual(['migrations']);
      await dataSource.runMigrations();
      await seedEnterprise(dataSource);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM enterprise`)).toEqual([{ n: enterprises.length }]);
    } finally {
      await dataSource.destroy();
    }
  });
});
