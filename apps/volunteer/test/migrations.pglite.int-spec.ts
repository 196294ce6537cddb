import { migrateUpAndDown, temporaryPgliteTarget } from '@erqi/shared/testing-database';
import { assertKnownEvent, fromKafkaRecord } from '@erqi/shared/util-event-catalogue';
import { lanternFestival, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
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
        'consumer_instance',
        'known_grid_cell',
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
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM shift`)).toEqual([
        { n: lanternFestival.shifts.length },
      ]);
      // Teams that existed before coverage was published: its migration enqueues a snapshot of them, as valid CloudEvents.
      await dataSource.query(`DELETE FROM outbox_message`);
      // Back to just before PublishTeamCoverage, however many migrations came after it.
      const [{ later }] = (await dataSource.query(
        `SELECT count(*)::int AS later FROM migrations WHERE timestamp >= 1796076300000`,
      )) as [{ later: number }];
      for (let undo = 0; undo < later; undo += 1) await dataSource.undoLastMigration();
      await dataSource.runMigrations();
      const snapshot = (await dataSource.query(
        `SELECT headers, payload FROM outbox_message WHERE topic = 'volunteer.team-coverage'`,
      )) as Array<{ headers: Record<string, string>; payload: string }>;
      expect(snapshot).toHaveLength(volunteerTeams.length);
      // The seed's teams, leads and skills survive the way down and up again.
      expect(
        await dataSource.query(
          `SELECT community, lead_volunteer_id FROM volunteer_team ORDER BY code`,
        ),
      ).toEqual([
        { community: '八卦庙社区', lead_volunteer_id: null },
        { community: '八卦庙社区', lead_volunteer_id: null },
      ]);
      const covered = snapshot.map(
        (row) =>
          assertKnownEvent(
            fromKafkaRecord({ value: row.payload, headers: row.headers }),
            'teamCoverageChanged',
          ).data,
      );
      expect(covered.map((team) => team.gridCellIds.length).sort()).toEqual(
        volunteerTeams.map((team) => team.gridCellIds.length).sort(),
      );
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);
});
