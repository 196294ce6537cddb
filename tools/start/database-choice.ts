import { join } from 'node:path';
import { type DatabaseTarget, LOCAL_POSTGRES } from '@erqi/shared/data-access-database';
import { ensureDatabaseExists } from '@erqi/shared/data-access-database-admin';
import { isPortOpen } from '@erqi/shared/util-tcp-port';
import { startEmbeddedPostgres } from './embedded-postgres';

export const DATA_DIR = join(__dirname, '..', '..', '.data');

/** Where each service keeps its data, and a sentence saying why, for the log. */
export interface DatabaseChoice {
  reason: string;
  targetFor: (service: string) => DatabaseTarget;
  /** Stops what the choice started (the embedded server); absent when it started nothing. */
  stop?: () => Promise<void>;
}

export interface DatabaseChoiceOptions {
  /** Where the embedded server keeps its cluster and log. @default `.data/postgres` */
  embeddedDir?: string;
  /** @default console.log */
  log?: (line: string) => void;
}

/**
 * `DATABASE_URL` when set; otherwise the PostgreSQL on 127.0.0.1:5432 when one answers (database
 * `erqi`, made if missing); otherwise one embedded PostgreSQL server for all services, its data in
 * `.data/postgres`. Each service keeps its tables in its own schema of database `erqi` either way.
 * `DATABASE_EMBEDDED=true` skips the local server (to try or measure the embedded one beside it).
 * `DATABASE_EMBEDDED_DIR` moves the embedded server's folder.
 */
export async function chooseDatabase(
  env: NodeJS.ProcessEnv = process.env,
  options: DatabaseChoiceOptions = {},
): Promise<DatabaseChoice> {
  const configured = env['DATABASE_URL'];
  if (configured) {
    await ensureDatabaseExists(configured);
    return {
      reason: `PostgreSQL from DATABASE_URL (${redact(configured)})`,
      targetFor: () => ({ kind: 'postgres', url: configured }),
    };
  }
  const embeddedOnly = env['DATABASE_EMBEDDED'] === 'true';
  if (!embeddedOnly && (await isPortOpen(LOCAL_POSTGRES.host, LOCAL_POSTGRES.port))) {
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
  // DATABASE_EMBEDDED_DIR: another folder (bench:footprint starts each run on an empty one).
  const dir = options.embeddedDir ?? env['DATABASE_EMBEDDED_DIR'] ?? join(DATA_DIR, 'postgres');
  const server = await startEmbeddedPostgres({
    dir,
    ...(options.log ? { log: options.log } : {}),
  });
  const url = `${server.serverUrl}/erqi`;
  try {
    await ensureDatabaseExists(url);
  } catch (error) {
    if (server.source === 'started') await server.stop();
    throw error;
  }
  const why = embeddedOnly
    ? 'DATABASE_EMBEDDED=true'
    : `no DATABASE_URL and no PostgreSQL on ${LOCAL_POSTGRES.host}:${LOCAL_POSTGRES.port}`;
  return {
    reason: `the embedded PostgreSQL at 127.0.0.1:${server.port}, database erqi, data in ${dir} (${why})`,
    targetFor: () => ({ kind: 'postgres', url }),
    // A server already running (another command's, e.g. `npm start` beside `npm run seed`) is not ours to stop.
    ...(server.source === 'started' ? { stop: server.stop } : {}),
  };
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
