import { migrateUpAndDown, temporaryPgliteTarget } from '@erqi/shared/testing-database';
import { enterprises } from '@erqi/shared/util-seed-fixtures';
import { assertKnownEvent, fromKafkaRecord } from '@erqi/shared/util-event-catalogue';
import { createEnterpriseDataSource, ENTERPRISE_SCHEMA } from '../src/data-source';
import { seedEnterprise } from '../src/seed';

// A service can still run on PGlite (PGLITE_DATA_DIR; `npm start` now uses a real embedded server): the very same migrations must run on it.
describe('enterprise migrations on the embedded PGlite store', () => {
  const store = temporaryPgliteTarget();
  afterAll(() => store.cleanup());

  it('run up (and hold the seed data) and down again', async () => {
    const dataSource = createEnterpriseDataSource(store.target);
    try {
      const { afterUp, afterDown } = await migrateUpAndDown(dataSource, ENTERPRISE_SCHEMA);
      expect(afterUp).toEqual([
        'applied_event',
        'attracted_project',
        'attracted_talent',
        'bank_product',
        'consumer_instance',
        'enterprise',
        'enterprise_alliance',
        'enterprise_alliance_member',
        'enterprise_code',
        'enterprise_profile',
        'enterprise_visit',
        'enterprise_year_figures',
        'enterprise_year_figures_version',
        'financing_match',
        'financing_need',
        'inspection',
        'inspection_legal_basis',
        'inspection_quiet_period',
        'known_appeal',
        'known_department',
        'leader_liaison',
        'migrations',
        'outbox_message',
        'policy',
        'policy_promise',
        'project',
        'project_ledger_item',
        'service_application',
        'service_matter',
        'service_matter_version',
        'service_target',
        'subsidy_application',
        'talent_recognition',
        'talent_target',
        'visit_need',
      ]);
      expect(afterDown).toEqual(['migrations']);
      await dataSource.runMigrations();
      await seedEnterprise(dataSource);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM enterprise`)).toEqual([
        { n: enterprises.length },
      ]);
      // Every seed enterprise has its first code, and the factory-hall project is there with its three departments.
      expect(
        await dataSource.query(
          `SELECT count(*)::int AS n FROM enterprise_code WHERE version = 1 AND revoked_at IS NULL`,
        ),
      ).toEqual([{ n: enterprises.length }]);
      expect(
        await dataSource.query(`SELECT cardinality(department_codes) AS n FROM project`),
      ).toEqual([{ n: 3 }]);
      // 领导联系: the LEADER seed user liaises with two enterprises.
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM leader_liaison`)).toEqual([
        { n: 2 },
      ]);
      // 集体经济: the 企业联盟 with every seed enterprise, and each one's 2023 figures.
      expect(
        await dataSource.query(
          `SELECT count(*)::int AS n FROM enterprise_alliance_member JOIN enterprise_year_figures USING (enterprise_id)`,
        ),
      ).toEqual([{ n: enterprises.length }]);
      await seedEnterprise(dataSource);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM enterprise_code`)).toEqual([
        { n: enterprises.length },
      ]);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM leader_liaison`)).toEqual([
        { n: 2 },
      ]);

      // Rows that existed before the registry was published: its migration enqueues a snapshot of them, as valid CloudEvents.
      // Undo back to before it (every later migration first, however many there are now), then run forward again.
      for (;;) {
        const [last] = (await dataSource.query(
          `SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1`,
        )) as Array<{ name: string }>;
        await dataSource.undoLastMigration();
        if (last?.name === 'PublishEnterpriseRegistry1796076200000') break;
      }
      await dataSource.runMigrations();
      const snapshot = (await dataSource.query(
        `SELECT headers, payload FROM outbox_message WHERE topic = 'enterprise.registry'`,
      )) as Array<{ headers: Record<string, string>; payload: string }>;
      // Once without the leaders, once more with them (PublishLeaderLiaisons: 领导联系企业).
      expect(snapshot).toHaveLength(2 * enterprises.length);
      const records = snapshot.map(
        (row) =>
          assertKnownEvent(
            fromKafkaRecord({ value: row.payload, headers: row.headers }),
            'enterpriseRegistryChanged',
          ).data,
      );
      const withLeaders = records.filter((data) => data.leaderSubjects !== undefined);
      expect(withLeaders).toHaveLength(enterprises.length);
      expect(withLeaders.flatMap((data) => data.leaderSubjects ?? [])).toHaveLength(2);
    } finally {
      await dataSource.destroy();
    }
  }, 60_000);
});
