import { migrateUpAndDown, temporaryPgliteTarget } from '@erqi/shared/testing-database';
import { appealCategories, appeals } from '@erqi/shared/util-seed-fixtures';
import { APPEAL_SCHEMA, createAppealDataSource } from '../src/data-source';
import { EXPERIENCE_OFFICER_COUNT, SUPERVISOR_COUNT } from '../src/roster/roster-seed';
import { appealSeed, seedAppeal } from '../src/seed';

// A service can still run on PGlite (PGLITE_DATA_DIR; `npm start` now uses a real embedded server): the very same migrations must run on it.
describe('appeal migrations on the embedded PGlite store', () => {
  const store = temporaryPgliteTarget();
  afterAll(() => store.cleanup());

  it('run up (and hold the seed data and default dispatch rules, with the append-only timeline) and down again', async () => {
    const dataSource = createAppealDataSource(store.target);
    try {
      const { afterUp, afterDown } = await migrateUpAndDown(dataSource, APPEAL_SCHEMA);
      expect(afterUp).toEqual([
        'advice_note',
        'appeal',
        'appeal_category',
        'appeal_dispatch',
        'appeal_escalation',
        'appeal_figure_delta',
        'appeal_figure_rollup',
        'appeal_open_due_delta',
        'appeal_open_due_rollup',
        'appeal_photo',
        'applied_event',
        'calendar_day',
        'calendar_year',
        'community_suggestion_route',
        'conduct_rule',
        'consumer_instance',
        'dispatch_rule',
        'known_department',
        'known_enterprise',
        'known_grid_cell',
        'known_volunteer_team',
        'leader_visit',
        'leader_visit_appeal',
        'migrations',
        'misconduct_case',
        'misconduct_case_entry',
        'misconduct_case_rule',
        'open311_api_key',
        'open311_location',
        'outbox_message',
        'roast_complaint',
        'roast_session',
        'roster_adviser',
        'roster_experience_officer',
        'roster_supervisor',
        'supervision_finding',
        'supervision_finding_entry',
        'timeline_entry',
      ]);
      expect(afterDown).toEqual(['migrations']);
      await dataSource.runMigrations();
      // Each database names its own consumer groups, so a new one replays the registries.
      expect(await dataSource.query('SELECT count(*)::int AS n FROM consumer_instance')).toEqual([
        { n: 1 },
      ]);
      await seedAppeal(dataSource);
      await seedAppeal(dataSource);
      expect(
        await dataSource.query('SELECT count(*)::int AS n FROM misconduct_case_entry'),
      ).toEqual([{ n: 1 }]);
      expect(await dataSource.query('SELECT count(*)::int AS n FROM appeal')).toEqual([
        { n: appeals.length },
      ]);
      expect(await dataSource.query('SELECT count(*)::int AS n FROM dispatch_rule')).toEqual([
        { n: appealCategories.length },
      ]);
      // 三支队伍: the rosters load once however often the seed runs (50+ 监督员, about 30 体验官).
      await appealSeed.run(dataSource);
      await appealSeed.run(dataSource);
      expect(
        await dataSource.query(
          `SELECT (SELECT count(*) FROM roster_supervisor)::int AS supervisors,
                  (SELECT count(*) FROM roster_experience_officer)::int AS officers`,
        ),
      ).toEqual([{ supervisors: SUPERVISOR_COUNT, officers: EXPERIENCE_OFFICER_COUNT }]);
      await expect(
        dataSource.query(`UPDATE timeline_entry SET note = 'rewritten'`),
      ).rejects.toThrow(/append-only/);
      // The working calendar: 2024–2026 holidays and make-up days; seeded closed cases say why they closed.
      expect(
        await dataSource.query(
          `SELECT kind, count(*)::int AS n FROM calendar_day WHERE date BETWEEN '2024-10-01' AND '2024-10-12' GROUP BY kind ORDER BY kind`,
        ),
      ).toEqual([
        { kind: 'HOLIDAY', n: 7 },
        { kind: 'WORKDAY', n: 1 },
      ]);
      expect(
        await dataSource.query(
          `SELECT count(*)::int AS n FROM appeal WHERE status = 'CLOSED' AND closure_reason IS NULL`,
        ),
      ).toEqual([{ n: 0 }]);
      // 督办: one escalation per deadline, even on the embedded store (the expression index behind ON CONFLICT).
      const escalate = `INSERT INTO appeal_escalation (id, appeal_id, deadline, deadline_at, department_code, detected_at)
        SELECT gen_random_uuid(), id, 'HANDLING', due_at, NULL, now() FROM appeal ORDER BY id LIMIT 1 ON CONFLICT DO NOTHING RETURNING id`;
      expect(await dataSource.query(escalate)).toHaveLength(1);
      expect(await dataSource.query(escalate)).toHaveLength(0);
      // The ledger's history is append-only like the timeline.
      await dataSource.query(`INSERT INTO supervision_finding (id, department_code, rule_code, title, description, found_at, rectify_by, status, recorded_by, recorded_at)
        VALUES ('00000000-0000-4000-8000-000000000001', 'URBAN_MANAGEMENT', 'NO-02', 't', 'd', now(), now() + interval '1 day', 'OPEN', 'test', now())`);
      await dataSource.query(`INSERT INTO supervision_finding_entry (id, finding_id, at, actor, to_status, note)
        VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', now(), 'test', 'OPEN', 'n')`);
      await expect(dataSource.query(`DELETE FROM supervision_finding_entry`)).rejects.toThrow(
        /append-only/,
      );
      // 十不准 / 十必须: ten of each, the source's own marked.
      expect(
        await dataSource.query(
          `SELECT kind, count(*)::int AS n, count(*) FILTER (WHERE from_source)::int AS named FROM conduct_rule GROUP BY kind ORDER BY kind`,
        ),
      ).toEqual([
        { kind: 'OBLIGATION', n: 10, named: 2 },
        { kind: 'PROHIBITION', n: 10, named: 2 },
      ]);
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);
});
