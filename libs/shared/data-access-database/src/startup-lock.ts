import type { DataSource } from 'typeorm';

/** Whether the data source is an embedded PGlite (one connection, one process: nothing to lock against). */
function isEmbedded(dataSource: DataSource): boolean {
  return (dataSource.options as { driver?: unknown }).driver !== undefined;
}

/**
 * Runs `work` (migrations, the seed) while holding the service's start-up lock: a PostgreSQL session
 * advisory lock keyed by the service's schema, on a connection of its own. Replicas started together
 * take turns, so the second finds the migrations applied and the seed loaded instead of racing the
 * first into duplicate tables and rows. A replica killed while holding it releases it with its session.
 */
export async function withStartupLock<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
): Promise<T> {
  if (isEmbedded(dataSource)) return work();
  const schema = (dataSource.options as { schema?: string }).schema ?? 'public';
  const key = `erqi:start-up:${schema}`;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
    }
  } finally {
    await runner.release();
  }
}
