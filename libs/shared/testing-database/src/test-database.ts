import {
  createThrowawayDatabase,
  type ThrowawayDatabase,
} from '@erqi/shared/data-access-database-admin';

export type TestDatabase = ThrowawayDatabase;

/** The server tests use: `TEST_DATABASE_URL`'s server, else `DATABASE_URL`'s, else the local one. */
export function testServerUrl(): string {
  return (
    process.env['TEST_DATABASE_URL'] ??
    process.env['DATABASE_URL'] ??
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

/**
 * A throw-away database on the real PostgreSQL server, so that test files running side by side
 * never see each other's rows. Drop it in `afterAll`.
 */
export function createTestDatabase(label: string): Promise<TestDatabase> {
  return createThrowawayDatabase(testServerUrl(), `test_${label}`);
}
