import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median, writeBenchFigures } from './stats';

/**
 * `npm run bench:footprint`: how long `npm start` takes until it prints "ready", and how much memory
 * each process holds once idle, on each store: `local` (the PostgreSQL on 127.0.0.1:5432, a new
 * database per run) and `embedded` (DATABASE_EMBEDDED=true: the embedded server, a new folder per
 * run). So each run migrates and seeds. It waits `BENCH_IDLE_SECONDS`, reads every process's memory
 * from /proc — resident (RSS) and proportional (PSS: shared pages split among their sharers, so
 * PostgreSQL's shared buffers count once) — then stops with SIGINT. Counted: the five Node services,
 * the start command, the Kafka broker's JVM serving the checkout's KAFKA_LOCAL_PORT (stop your broker
 * first to measure one `npm start` starts), the embedded server's processes, or on the local store
 * the server's backends connected to the run's database (its postmaster and shared memory serve others
 * too and are not counted). `BENCH_STORE=local|embedded` measures one store only. `BENCH_CHECKOUT=dir`
 * measures another checkout (to compare two commits in one run; it needs its own `npm ci`; on a
 * checkout without DATABASE_EMBEDDED the `embedded` store is not measured). Figures go to
 * tmp/bench/footprint.json.
 */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const IDLE_SECONDS = Number(process.env['BENCH_IDLE_SECONDS'] ?? 10);
const CHECKOUT = resolve(process.env['BENCH_CHECKOUT'] ?? join(__dirname, '..', '..'));
const SERVER = process.env['BENCH_DATABASE_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';
const SERVICES = ['gateway', 'grid', 'enterprise', 'appeal', 'volunteer'] as const;
const STORES = (
  process.env['BENCH_STORE'] ? [process.env['BENCH_STORE']] : ['local', 'embedded']
) as Array<'local' | 'embedded'>;
const KAFKA_PORT = Number(process.env['KAFKA_LOCAL_PORT'] || 9092);

interface RunFigures {
  store: 'local' | 'embedded';
  readySeconds: number;
  /** Resident memory in MiB by process group: each service, the start command, Kafka's JVM, PostgreSQL. */
  rssMiB: Record<string, number>;
  /** Proportional memory in MiB, same groups. */
  pssMiB: Record<string, number>;
}

function psql(sql: string): string {
  return execFileSync('psql', [`${SERVER}/postgres`, '-qtAc', sql], { encoding: 'utf8' });
}

/** PSS in KiB from smaps_rollup (0 when unreadable). */
function pssKiB(pid: number): number {
  try {
    return Number(
      /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0,
    );
  } catch {
    return 0;
  }
}

/** Every process's parent and command line, from /proc. */
function processTable(): Array<{ pid: number; ppid: number; args: string; rssKiB: number }> {
  const rows: Array<{ pid: number; ppid: number; args: string; rssKiB: number }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKiB = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rows.push({ pid: Number(entry), ppid, args, rssKiB });
    } catch {
      // The process ended while we read it.
    }
  }
  return rows;
}

/**
 * Memory of the tree under `root` by the part each process plays, plus the checkout's Kafka broker and
 * the local server's backends `extraPostgres` (those of the run's database).
 */
function memoryOfTree(
  root: number,
  extraPostgres: ReadonlySet<number>,
): Pick<RunFigures, 'rssMiB' | 'pssMiB'> {
  const table = processTable();
  const inTree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of table) {
      if (!inTree.has(row.pid) && inTree.has(row.ppid)) {
        inTree.add(row.pid);
        grew = true;
      }
    }
  }
  const rssMiB: Record<string, number> = {};
  const pssMiB: Record<string, number> = {};
  const add = (name: string, row: { pid: number; rssKiB: number }): void => {
    rssMiB[name] = (rssMiB[name] ?? 0) + row.rssKiB / 1024;
    pssMiB[name] = (pssMiB[name] ?? 0) + pssKiB(row.pid) / 1024;
  };
  const ourBroker = join(CHECKOUT, '.data', KAFKA_PORT === 9092 ? 'kafka' : `kafka-${KAFKA_PORT}`);
  for (const row of table) {
    const service = SERVICES.find((name) => row.args.includes(`apps/${name}/`));
    if (row.args.includes('kafka.Kafka') && row.args.includes(ourBroker)) add('kafka broker', row);
    else if (extraPostgres.has(row.pid)) add('postgres backends', row);
    else if (!inTree.has(row.pid)) continue;
    else if (service) add(service, row);
    else if (row.args.startsWith('postgres') || row.args.includes('/native/bin/postgres'))
      add('postgres (embedded)', row);
    else if (row.args.includes('tools/start/')) add('start command', row);
  }
  return { rssMiB, pssMiB };
}

function waitForReady(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const take = (chunk: Buffer): void => {
      output += chunk.toString();
      if (/\[start\] ready in/.test(output)) resolvePromise();
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.once('exit', (code) =>
      reject(
        new Error(`npm start exited with ${code} before it was ready:\n${output.slice(-2000)}`),
      ),
    );
  });
}

async function oneRun(store: 'local' | 'embedded', index: number): Promise<RunFigures> {
  const database = `bench_footprint_${process.pid}_${index}`;
  const embeddedDir = join(CHECKOUT, 'tmp', 'bench', `postgres-${process.pid}-${index}`);
  const storeEnv: NodeJS.ProcessEnv =
    store === 'local'
      ? { DATABASE_URL: `${SERVER}/${database}` }
      : { DATABASE_URL: '', DATABASE_EMBEDDED: 'true', DATABASE_EMBEDDED_DIR: embeddedDir };
  if (store === 'local') {
    psql(`DROP DATABASE IF EXISTS ${database}`);
    psql(`CREATE DATABASE ${database}`);
  }
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: CHECKOUT,
    env: { ...process.env, ...storeEnv, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    await waitForReady(child);
    const readySeconds = (performance.now() - started) / 1000;
    await new Promise((wait) => setTimeout(wait, IDLE_SECONDS * 1000));
    const backends =
      store === 'local'
        ? psql(`SELECT pid FROM pg_stat_activity WHERE datname = '${database}'`)
            .split('\n')
            .filter(Boolean)
            .map(Number)
        : [];
    return { store, readySeconds, ...memoryOfTree(child.pid ?? 0, new Set(backends)) };
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    if (child.exitCode === null) process.kill(-(child.pid ?? 0), 'SIGINT');
    await exited;
    if (store === 'local') psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    else rmSync(embeddedDir, { recursive: true, force: true });
  }
}

function print(store: string, runs: RunFigures[]): Record<string, unknown> {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.rssMiB)))].sort();
  const medians = (pick: (run: RunFigures) => Record<string, number>): Record<string, number> =>
    Object.fromEntries(
      names.map((name) => [name, median(runs.map((run) => pick(run)[name] ?? 0))]),
    );
  const rss = medians((run) => run.rssMiB);
  const pss = medians((run) => run.pssMiB);
  const total = (figures: Record<string, number>, only?: readonly string[]): number =>
    Object.entries(figures)
      .filter(([name]) => !only || only.includes(name))
      .reduce((sum, [, value]) => sum + value, 0);
  const readySecondsMedian = median(runs.map((run) => run.readySeconds));
  console.log(`\n${store} store: time to ready (median) ${readySecondsMedian.toFixed(1)} s`);
  console.log(`  ${'process'.padEnd(22)} ${'RSS MiB'.padStart(8)} ${'PSS MiB'.padStart(8)}`);
  for (const name of names)
    console.log(
      `  ${name.padEnd(22)} ${(rss[name] ?? 0).toFixed(0).padStart(8)} ${(pss[name] ?? 0).toFixed(0).padStart(8)}`,
    );
  console.log(
    `  ${'five Node services'.padEnd(22)} ${total(rss, SERVICES).toFixed(0).padStart(8)} ${total(pss, SERVICES).toFixed(0).padStart(8)}`,
  );
  console.log(
    `  ${'whole stack'.padEnd(22)} ${total(rss).toFixed(0).padStart(8)} ${total(pss).toFixed(0).padStart(8)}`,
  );
  return {
    readySecondsMedian,
    rssMiBMedian: rss,
    pssMiBMedian: pss,
    rssTotal: total(rss),
    pssTotal: total(pss),
  };
}

async function main(): Promise<void> {
  console.log(
    `[bench:footprint] ${RUNS} runs of npm start per store (${STORES.join(', ')}) in ${CHECKOUT}, idle ${IDLE_SECONDS} s each`,
  );
  const runs: RunFigures[] = [];
  for (const store of STORES) {
    for (let index = 0; index < RUNS; index += 1) {
      const figures = await oneRun(store, index);
      runs.push(figures);
      console.log(
        `[bench:footprint] ${store} run ${index + 1}/${RUNS}: ready in ${figures.readySeconds.toFixed(1)} s`,
      );
    }
  }
  const summary = Object.fromEntries(
    STORES.map((store) => [
      store,
      print(
        store,
        runs.filter((run) => run.store === store),
      ),
    ]),
  );
  writeBenchFigures('footprint', { checkout: CHECKOUT, runs, summary });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
