/** Where a service keeps its data: a PostgreSQL server, or the embedded PGlite store in a folder. */
export type DatabaseTarget =
  { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/** The local server that machines of this kind run; used when `DATABASE_URL` is not set. */
export const LOCAL_POSTGRES = { host: '127.0.0.1', port: 5432 } as const;

/**
 * Reads the target a service was started with: `DATABASE_URL` for PostgreSQL, else `PGLITE_DATA_DIR`
 * for the embedded store. `npm start` decides and sets one of the two for every service.
 */
export function databaseTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env['DATABASE_URL']) return { kind: 'postgres', url: env['DATABASE_URL'] };
  if (env['PGLITE_DATA_DIR']) return { kind: 'pglite', dataDir: env['PGLITE_DATA_DIR'] };
  return {
    kind: 'postgres',
    url: `postgres://postgres@${LOCAL_POSTGRES.host}:${LOCAL_POSTGRES.port}/erqi`,
  };
}

/** Writes a target into environment variables for a child process. */
export function databaseTargetToEnv(target: DatabaseTarget): Record<string, string> {
  return target.kind === 'postgres'
    ? { DATABASE_URL: target.url }
    : { PGLITE_DATA_DIR: target.dataDir };
}
