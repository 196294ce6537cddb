import { migrateUpAndDown, temporaryPgliteTarget } from '@erqi/shared/testing-database';
import { enterprises } from '@erqi/shared/util-seed-fixtures';
import { assertKnownEvent, fromKafkaRecord } from '@erqi/shared/util-event-catalogue';
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
      expect(afterUp).toEqual([
        'applied_event',
        'consumer_instance',
        'enterprise',
        'enterprise_code',
        'inspection',
        'inspection_legal_basis',
        'inspection_quiet_period',
        'known_appeal',
        'leader_liaison',
        'migrations',
        'outbox_message',
        'project',
        'project_ledger_item',
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
      // 重点项目: the factory hall is the one key project.
      expect(await dataSource.query(`SELECT key_project FROM project`)).toEqual([
        { key_project: true },
      ]);
      // 领导联系: the LEADER seed user liaises with two enterprises.
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM leader_liaison`)).toEqual([
        { n: 2 },
      ]);
      await seedEnterprise(dataSource);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM enterprise_code`)).toEqual([
        { n: enterprises.length },
      ]);
      expect(await dataSource.query(`SELECT count(*)::int AS n FROM leader_liaison`)).toEqual([
        { n: 2 },
      ]);

      // Rows that existed before the registry was published: its migration enqueues a snapshot of them, as valid CloudEvents.
      // Undo back to before it (AddInspectionCauses, PublishLeaderLiaisons and AddKeyProjects came after it), then run forward again.
      await dataSource.undoLastMigration();
      await dataSource.undoLastMigration();
      await dataSource.undoLastMigration();
      await dataSource.undoLastMigration();
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
