import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabaseExists } from './ensure-database';

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty database with a random name on the server of `serverUrl` (tests, benches, a local
 * system run): whoever uses it never sees another run's rows. Drop it when done.
 */
export async function createThrowawayDatabase(
  serverUrl: string,
  label: string,
): Promise<ThrowawayDatabase> {
  const url = new URL(serverUrl);
  url.pathname = `/${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const text = url.toString();
  await ensureDatabaseExists(text);
  return { url: text, drop: () => dropDatabase(text) };
}
