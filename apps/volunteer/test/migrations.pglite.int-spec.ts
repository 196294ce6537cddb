import { migrateUpAndDown, temporaryPgliteTarget } from '@erqi/shared/testing-database';
import { lanternFestival } from '@erqi/shared/util-seed-fixtures';
import { createVolunteerDataSource, VOLUNTEER_SCHEMA } from '../src/data-source';
import { seedVolunteer } from '../src/seed';

// `npm start` falls back to the embedded store: the very same migrations must run on it.
describe('volunteer migrations on the embedded PGlite store', () => {
  const store = temporaryPgliteTarget();
  afterAll(() => store.cleanup());

  it('run up (and hold the seed data) and down again', async () => {
    const dataSource = createVolunteerDataSource(store.target);
    try {
      const { afterUp, afterDown } = await migrateUpAndDown(dataSource, VOLUNTEER_SCHEMA);
      expect(afterUp).toEqual([
        'applied_event',
        'check_in',
        'migrations',
        'outbox_message',
        'shift',
        'volunteer',
        'volunteer_activity',
        'volunteer_task',
        'volunteer_team',
        'volunteer_team_grid_cell',
      ]);
      expect(afterDown).toEqual(['migrations']);
      await dataSource.runMigrations();
      await seedVolunteer(dataSource);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM shift`)).toEqual([{ n: lanternFestival.shifts.length }]);
    } finally {
      await dataSource.destroy();
    }
  });
});
