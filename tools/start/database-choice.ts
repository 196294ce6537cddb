import { join } from 'node:path';
import { type DatabaseTarget, LOCAL_POSTGRES } from '@erqi/shared/data-access-database';
import { ensureDatabaseExists } from '@erqi/shared/data-access-database-admin';
import { isPortOpen } from '@erqi/shared/util-tcp-port';

export const DATA_DIR = join(__dirname, '..', '..', '.data');

/** Where each service keeps its data, and a sentence saying why, for the log. */
export interface DatabaseChoice {
  reason: string;
  targetFor: (service: string) => DatabaseTarget;
}

/**
 * `DATABASE_URL` when set; otherwise the PostgreSQL on 127.0.0.1:5432 when one answers (database
 * `erqi`, made if missing); otherwise the embedded PGlite store, one folder per service under `.data/`.
 * Each service keeps its tables in its own schema either way.
 */
export async function chooseDatabase(
  env: NodeJS.ProcessEnv = process.env,
): Promise<DatabaseChoice> {
  const configured = env['DATABASE_URL'];
  if (configured) {
    await ensureDatabaseExists(configured);
    return {
      reason: `PostgreSQL from DATABASE_URL (${redact(configured)})`,
      targetFor: () => ({ kind: 'postgres', url: configured }),
    };
  }
  if (await isPortOpen(LOCAL_POSTGRES.host, LOCAL_POSTGRES.port)) {
    const url = `postgres://postgres@${LOCAL_POSTGRES.host}:${LOCAL_POSTGRES.port}/erqi`;
    try {
      await ensureDatabaseExists(url);
      return {
        reason: `the local PostgreSQL at ${LOCAL_POSTGRES.host}:${LOCAL_POSTGRES.port}, database erqi`,
        targetFor: () => ({ kind: 'postgres', url }),
      };
    } catch (error) {
      console.warn(
        `A PostgreSQL answers on ${LOCAL_POSTGRES.port} but would not let us in (${String(error)}); using the embedded store instead.`,
      );
    }
  }
  return {
    reason: `the embedded PGlite store in ${DATA_DIR} (no DATABASE_URL and no PostgreSQL on ${LOCAL_POSTGRES.host}:${LOCAL_POSTGRES.port})`,
    targetFor: (service) => ({ kind: 'pglite', dataDir: join(DATA_DIR, service) }),
  };
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
