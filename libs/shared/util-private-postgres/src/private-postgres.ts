import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findFreePort } from '@erqi/shared/util-tcp-port';

const run = promisify(execFile);

/**
 * A PostgreSQL server of our own, made with `initdb` on a port of its own: a fault run or a test may
 * stop or restart it (the database unreachable, honestly: connections refused), which the machine's
 * shared server must never be.
 */
export interface PrivatePostgres {
  /** The maintenance database's URL (trust authentication, user postgres). */
  url: string;
  port: number;
  /** `pg_ctl stop -m fast`: open connections are cut and new ones refused until `start()`. */
  stop(): Promise<void>;
  /** Starts a stopped server again on the same port and data; resolves once it accepts connections. */
  start(): Promise<void>;
  /** `pg_ctl restart -m fast`: every connection is cut, the server is back when this resolves. */
  restart(): Promise<void>;
  /** Stops the server at once and removes its files. */
  destroy(): Promise<void>;
}

/** The newest server under /usr/lib/postgresql/<version>/bin, or `POSTGRES_BIN_DIR`. */
function binDir(): string {
  const fromEnv = process.env['POSTGRES_BIN_DIR'];
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined)
    throw new Error(`no PostgreSQL server binaries under ${root}: set POSTGRES_BIN_DIR`);
  return join(root, newest, 'bin');
}

/** initdb and the server refuse to run as root: as root, run them as the `postgres` user. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
}

async function pgTool(tool: string, args: string[]): Promise<void> {
  const [command, fullArgs] = asServerUser(join(binDir(), tool), args);
  try {
    await run(command, fullArgs, { timeout: 120_000 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${tool} ${args.join(' ')} failed: ${stderr || stdout || String(error)}`);
  }
}

/** Makes a fresh cluster in a temporary folder on a free port (or the one given) and starts it. */
export async function startPrivatePostgres(
  options: { port?: number } = {},
): Promise<PrivatePostgres> {
  const folder = mkdtempSync(join(tmpdir(), 'erqi-private-pg-'));
  // The server user writes its data, socket and log here.
  chmodSync(folder, 0o777);
  const data = join(folder, 'data');
  const log = join(folder, 'server.log');
  const port = options.port ?? (await findFreePort());
  const start = (): Promise<void> =>
    pgTool('pg_ctl', [
      'start',
      '-D',
      data,
      '-l',
      log,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off`,
    ]);
  const logTail = (): string =>
    existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-20).join('\n') : '';
  try {
    await pgTool('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    await start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async restart() {
      try {
        await pgTool('pg_ctl', ['restart', '-D', data, '-m', 'fast', '-w', '-t', '60', '-l', log]);
      } catch (error) {
        throw new Error(`${String(error)}\n${logTail()}`);
      }
    },
    async stop() {
      await pgTool('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']);
    },
    start,
    async destroy() {
      await pgTool('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
