import { databaseTargetToEnv } from '@erqi/shared/data-access-database';
import { findFreePort, isPortOpen } from '@erqi/shared/util-tcp-port';
import {
  collectOutput,
  startNodeProcess,
  stopProcess,
  waitForHealthy,
} from '@erqi/shared/util-process';
import { gridCells } from '@erqi/shared/util-seed-fixtures';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { chooseDatabase, type DatabaseChoice } from './database-choice';

/** The database URL every service of a choice gets (one database, a schema each). */
function urlOf(choice: DatabaseChoice, service: string): string {
  const target = choice.targetFor(service);
  if (target.kind !== 'postgres')
    throw new TypeError(`expected a PostgreSQL target, got ${target.kind}`);
  return target.url;
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

// `npm start` on a machine with no PostgreSQL: one embedded server for every service (forced here with
// DATABASE_EMBEDDED, because this machine has a local server), in a folder of its own.
describe('the embedded PostgreSQL npm start falls back to', () => {
  const parent = mkdtempSync(join(tmpdir(), 'erqi-embedded-postgres-'));
  // Run as root, the server runs as an unprivileged user, who must be able to reach its folder.
  chmodSync(parent, 0o755);
  const dir = join(parent, 'postgres');
  const env = { DATABASE_EMBEDDED: 'true' };
  const log = (): void => undefined;
  let choice: DatabaseChoice | undefined;

  afterAll(async () => {
    await choice?.stop?.();
    rmSync(parent, { recursive: true, force: true });
  });

  it('is one real server that a service migrates and seeds in its own schema, and keeps the data across a restart', async () => {
    choice = await chooseDatabase(env, { embeddedDir: dir, log });
    expect(choice.reason).toMatch(/^the embedded PostgreSQL at 127\.0\.0\.1:\d+, database erqi/);
    const gridUrl = urlOf(choice, 'grid');
    // Every service gets the same database; the schemas keep them apart.
    expect(urlOf(choice, 'appeal')).toBe(gridUrl);
    expect(new URL(gridUrl).port).not.toBe('5432');
    const [server] = await query<{ version: string }>(gridUrl, 'SELECT version()');
    expect(server?.version).toMatch(/^PostgreSQL \d+/);

    // The grid service, started as npm start starts it, migrates and seeds the empty schema.
    const port = await findFreePort();
    const grid = startNodeProcess(
      'apps/grid/src/main.ts',
      {
        PORT: String(port),
        SEED_WHEN_EMPTY: 'true',
        ...databaseTargetToEnv(choice.targetFor('grid')),
        // Nothing listens there: the service does not need a broker to serve.
        KAFKA_BROKERS: `127.0.0.1:${await findFreePort()}`,
      },
      { quiet: true },
    );
    const output = collectOutput(grid);
    try {
      await waitForHealthy(`http://127.0.0.1:${port}/health`, grid, 90_000).catch(
        (error: unknown) => {
          throw new Error(`${String(error)}\n${output()}`);
        },
      );
    } finally {
      await stopProcess(grid);
    }
    const cells = `SELECT count(*)::int AS n FROM grid.grid_cell`;
    expect(await query(gridUrl, cells)).toEqual([{ n: gridCells.length }]);

    // Stopped and started again on the same folder: the same data, whatever port it gets now.
    await choice.stop?.();
    expect(await isPortOpen('127.0.0.1', Number(new URL(gridUrl).port))).toBe(false);
    choice = await chooseDatabase(env, { embeddedDir: dir, log });
    expect(await query(urlOf(choice, 'grid'), cells)).toEqual([{ n: gridCells.length }]);
    expect(
      await query(urlOf(choice, 'grid'), `SELECT count(*)::int AS n FROM grid.migrations`),
    ).toEqual([{ n: expect.any(Number) }]);
  }, 180_000);
});
