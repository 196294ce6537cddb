import { migrateUpAndDown, temporaryPgliteTarget } from '@erqi/shared/testing-database';
import { assertKnownEvent, fromKafkaRecord } from '@erqi/shared/util-event-catalogue';
import { lanternFestival, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import { createVolunteerDataSource, VOLUNTEER_SCHEMA } from '../src/data-source';
import { seedVolunteer } from '../src/seed';

// A service can still run on PGlite (PGLITE_DATA_DIR; `npm start` now uses a real embedded server): the very same migrations must run on it.
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
        'shift_sign_up',
        'volunteer',
        'volunteer_activity',
        'volunteer_post',
        'volunteer_task',
        'volunteer_team',
        'volunteer_team_grid_cell',
      ]);
      expect(afterDown).toEqual(['migrations']);
      await dataSource.runMigrations();
      await seedVolunteer(dataSource);
      expect(
        await dataSource.query(
          `SELECT count(*)::int AS n FROM shift WHERE volunteer_activity_id = $1`,
          [lanternFestival.id],
        ),
      ).toEqual([{ n: lanternFestival.shifts.length }]);
      const count = async (sql: string): Promise<number> =>
        ((await dataSource.query(sql)) as Array<{ n: number }>)[0]?.n ?? -1;
      const shifts = await count(`SELECT count(*)::int AS n FROM shift`);
      // Teams that existed before coverage was published: its migration enqueues a snapshot of them, as valid CloudEvents.
      // Undone too, posts and sign-ups: shifts from before them move under one post per (activity, team,
      // duty) at the activity's location, and whoever checked in becomes signed up.
      await dataSource.query(`DELETE FROM outbox_message`);
      // Back to just before PublishTeamCoverage, however many migrations came after it.
      const [{ later }] = (await dataSource.query(
        `SELECT count(*)::int AS later FROM migrations WHERE timestamp >= 1796076300000`,
      )) as [{ later: number }];
      for (let undo = 0; undo < later; undo += 1) await dataSource.undoLastMigration();
      await dataSource.runMigrations();
      expect(await count(`SELECT count(*)::int AS n FROM shift`)).toBe(shifts);
      expect(
        await count(`SELECT count(*)::int AS n FROM shift WHERE volunteer_post_id IS NOT NULL`),
      ).toBe(shifts);
      expect(await count(`SELECT count(*)::int AS n FROM volunteer_post`)).toBe(
        await count(
          `SELECT count(*)::int AS n FROM (SELECT DISTINCT volunteer_activity_id, volunteer_team_id, duty FROM shift) grouped`,
        ),
      );
      expect(
        await dataSource.query(
          `SELECT DISTINCT place FROM volunteer_post WHERE volunteer_activity_id = $1`,
          [lanternFestival.id],
        ),
      ).toEqual([{ place: lanternFestival.location }]);
      expect(await count(`SELECT count(*)::int AS n FROM shift_sign_up`)).toBe(
        await count(`SELECT count(*)::int AS n FROM check_in`),
      );
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
