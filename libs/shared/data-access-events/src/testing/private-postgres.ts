import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The newest installed PostgreSQL's programs (Debian's layout). */
function binary(name: string): string {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  if (!newest) throw new Error('no PostgreSQL under /usr/lib/postgresql');
  return join('/usr/lib/postgresql', newest, 'bin', name);
}

/** initdb and pg_ctl refuse root: as root they run as the `postgres` user. */
async function asServerOwner(program: string, args: string[]): Promise<void> {
  const isRoot = process.getuid?.() === 0;
  await (isRoot
    ? run('runuser', ['-u', 'postgres', '--', binary(program), ...args])
    : run(binary(program), args));
}

/**
 * A PostgreSQL server of a test's own, made with initdb on its own port: a test may stop it (the
 * database unreachable, honestly: connections refused) and start it again, which the machine's shared
 * server on 5432 must never be.
 */
export class PrivatePostgres {
  private readonly directory: string;

  private constructor(readonly port: number) {
    this.directory = mkdtempSync(join(tmpdir(), 'erqi-private-pg-'));
    if (process.getuid?.() === 0) {
      const { uid, gid } = ownerOfPostgres();
      chownSync(this.directory, uid, gid);
    }
  }

  /** Initialises a cluster (trust authentication, user `postgres`) and starts it. */
  static async create(port: number): Promise<PrivatePostgres> {
    const server = new PrivatePostgres(port);
    await asServerOwner('initdb', [
      '-D',
      server.dataDirectory,
      '-A',
      'trust',
      '-U',
      'postgres',
      '--no-sync',
    ]);
    await server.start();
    return server;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private get dataDirectory(): string {
    return join(this.directory, 'data');
  }

  async start(): Promise<void> {
    await asServerOwner('pg_ctl', [
      '-D',
      this.dataDirectory,
      '-l',
      join(this.directory, 'server.log'),
      '-o',
      `-p ${this.port} -k ${this.directory} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      'start',
    ]);
  }

  /** Stops at once, cutting open connections (`-m fast`), as a crash or a restart would. */
  async stop(): Promise<void> {
    await asServerOwner('pg_ctl', ['-D', this.dataDirectory, '-m', 'fast', '-w', 'stop']);
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.directory, { recursive: true, force: true });
  }
}

function ownerOfPostgres(): { uid: number; gid: number } {
  const passwd = readFileSync('/etc/passwd', 'utf8');
  const line = passwd.split('\n').find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error('no postgres user to run initdb as');
  return { uid: Number(uid), gid: Number(gid) };
}
