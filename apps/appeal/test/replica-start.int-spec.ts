import 'reflect-metadata';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import { seedOnceWhenEmpty } from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import type { DataSource } from 'typeorm';
import { createAppealDataSource } from '../src/data-source';
import { appealSeed } from '../src/seed';

/**
 * Two replicas of the appeal service starting at once on a fresh database (`npm run start:cluster`):
 * each migrates and seeds an empty database on start. They must take turns, so the migrations run
 * once and the seed loads once, and neither replica fails.
 */
describe('two appeal replicas starting together on a fresh database', () => {
  let database: TestDatabase;
  const dataSources: DataSource[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('appeal_replica_start');
  });
  afterAll(async () => {
    await Promise.all(dataSources.map((dataSource) => dataSource.destroy()));
    await database?.drop();
  });

  it('migrate once and seed once, without an error', async () => {
    const target = { kind: 'postgres' as const, url: database.url };
    const [first, second] = await Promise.all(
      [1, 2].map(async () => {
        const dataSource = createAppealDataSource(target);
        dataSources.push(dataSource);
        return initializeServiceDataSource(dataSource);
      }),
    );
    if (!first || !second) throw new Error('two data sources expected');
    const migrations = (await first.query(
      'SELECT name, count(*)::int AS times FROM appeal.migrations GROUP BY name',
    )) as Array<{ name: string; times: number }>;
    expect(migrations.length).toBe(first.migrations.length);
    expect(migrations.filter((migration) => migration.times !== 1)).toEqual([]);
    expect(await second.showMigrations()).toBe(false);

    const loaded = await Promise.all([
      seedOnceWhenEmpty(appealSeed, first),
      seedOnceWhenEmpty(appealSeed, second),
    ]);
    expect(loaded.sort()).toEqual([false, true]);
    const [twice] = (await first.query(
      'SELECT count(*)::int AS n FROM (SELECT title FROM appeal.appeal GROUP BY title HAVING count(*) > 1) doubled',
    )) as Array<{ n: number }>;
    expect(twice?.n).toBe(0);
  });
});
