import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabaseExists } from '@erqi/shared/data-access-database';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The server tests use: `TEST_DATABASE_URL`'s server, else `DATABASE_URL`'s, else the local one. */
function serverUrl(): URL {
  return new URL(process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
}

/**
 * A throw-away database on the real PostgreSQL server, so that test files running side by side
 * never see each other's rows. Drop it in `afterAll`.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const url = serverUrl();
  url.pathname = `/test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const text = url.toString();
  await ensureDatabaseExists(text);
  return { url: text, drop: () => dropDatabase(text) };
}
