import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from './stats';

/**
 * `npm run bench:footprint`: how long `npm start` takes until it prints "ready", and how much memory
 * each process holds once idle. Each run starts on a new, empty database (so it migrates and seeds),
 * waits `BENCH_IDLE_SECONDS`, reads every process's resident memory from /proc, then stops with
 * SIGINT. `BENCH_CHECKOUT=dir` measures another checkout of the repository (to compare two commits
 * in one run); it needs its own `npm ci`. Figures go to tmp/bench/footprint.json.
 */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const IDLE_SECONDS = Number(process.env['BENCH_IDLE_SECONDS'] ?? 10);
const CHECKOUT = resolve(process.env['BENCH_CHECKOUT'] ?? join(__dirname, '..', '..'));
const SERVER = process.env['BENCH_DATABASE_SERVER'] ?? 'postgres://postgres@127.0.0.1:5432';
const SERVICES = ['gateway', 'grid', 'enterprise', 'appeal', 'volunteer'] as const;

interface RunFigures {
  readySeconds: number;
  /** Resident memory in MiB by process: each service, the start command itself, Kafka's JVM. */
  rssMiB: Record<string, number>;
}

function psql(sql: string): void {
  execFileSync('psql', [`${SERVER}/postgres`, '-qtAc', sql], { stdio: 'ignore' });
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

/** Resident memory of the tree under `root`, named by the service each process runs. */
function memoryOfTree(root: number): Record<string, number> {
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
  const figures: Record<string, number> = {};
  const add = (name: string, kib: number): void => {
    figures[name] = (figures[name] ?? 0) + Math.round((kib / 1024) * 10) / 10;
  };
  for (const row of table) {
    const service = SERVICES.find((name) => row.args.includes(`apps/${name}/`));
    if (row.args.includes('kafka.Kafka')) add('kafka broker', row.rssKiB);
    else if (inTree.has(row.pid) && service) add(service, row.rssKiB);
    else if (inTree.has(row.pid) && row.args.includes('tools/start/'))
      add('start command', row.rssKiB);
  }
  return figures;
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

async function oneRun(index: number): Promise<RunFigures> {
  const database = `bench_footprint_${process.pid}_${index}`;
  psql(`DROP DATABASE IF EXISTS ${database}`);
  psql(`CREATE DATABASE ${database}`);
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: CHECKOUT,
    env: { ...process.env, DATABASE_URL: `${SERVER}/${database}`, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    await waitForReady(child);
    const readySeconds = (performance.now() - started) / 1000;
    await new Promise((wait) => setTimeout(wait, IDLE_SECONDS * 1000));
    return { readySeconds, rssMiB: memoryOfTree(child.pid ?? 0) };
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    if (child.exitCode === null) process.kill(-(child.pid ?? 0), 'SIGINT');
    await exited;
    psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  console.log(
    `[bench:footprint] ${RUNS} runs of npm start in ${CHECKOUT}, idle ${IDLE_SECONDS} s each`,
  );
  const runs: RunFigures[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const figures = await oneRun(index);
    runs.push(figures);
    console.log(
      `[bench:footprint] run ${index + 1}/${RUNS}: ready in ${figures.readySeconds.toFixed(1)} s`,
    );
  }
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.rssMiB)))];
  const summary = {
    readySecondsMedian: median(runs.map((run) => run.readySeconds)),
    rssMiBMedian: Object.fromEntries(
      names.map((name) => [name, median(runs.map((run) => run.rssMiB[name] ?? 0))]),
    ),
  };
  const servicesTotal = SERVICES.reduce(
    (total, name) => total + (summary.rssMiBMedian[name] ?? 0),
    0,
  );
  console.log(`\ntime to ready (median): ${summary.readySecondsMedian.toFixed(1)} s`);
  for (const name of names)
    console.log(
      `  ${name.padEnd(14)} ${(summary.rssMiBMedian[name] ?? 0).toFixed(0).padStart(5)} MiB`,
    );
  console.log(
    `  ${'services'.padEnd(14)} ${servicesTotal.toFixed(0).padStart(5)} MiB (the five Node processes)`,
  );
  const out = join(__dirname, '..', '..', 'tmp', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'footprint.json'),
    JSON.stringify({ checkout: CHECKOUT, runs, summary }, null, 2),
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
