import { existsSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { startSystem } from '@erqi/shared/feature-local-system';
import { issueDevelopmentToken, Role, serviceAuthorization } from '@erqi/shared/util-auth';
import { ensureKafkaBroker } from '../kafka/kafka-broker';
import { shareDevelopmentKeys, startSpanSink } from './bench-system';
import { childPidsByPort } from './process-cpu';
import { cpuMsPerRequest, readCpuTicks } from './process-cpu';
import { median, quantile, writeBenchFigures } from './stats';

/**
 * `npm run bench:subgraph-cost`: what one request costs a subgraph itself, in CPU. The built system in
 * production mode with tracing on (spans to a sink that discards them), asked directly with what the
 * gateway sends: the caller's token beside the gateway's service token. Workloads: the grid query of
 * `bench:scale`, and the `_entities` fetches the gateway makes for the README's four-subgraph query
 * (the exclusive cells' enterprises, their appeals, the cells' volunteer teams). Each workload sends a
 * fixed number of requests after a warm-up; CPU per request is the subgraph's utime+stime from /proc
 * over those requests ÷ their number, steadier on a shared machine than a rate; "net" takes off what
 * the process spent per second idle just before (BENCH_IDLE_SECONDS, default 5) over the run's length.
 * BENCH_PROFILE_DIR=<dir> profiles every subgraph's CPU (`cpu-profile.cjs`: Node 20 refuses --cpu-prof in
 * NODE_OPTIONS); profiles are written when they stop, named by port and pid. The profiler adds CPU of
 * its own: take figures from a run without it.
 * Build first: `npx nx run-many -t build -p gateway grid enterprise appeal volunteer`.
 */
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 2000);
const WARM_UP = Number(process.env['BENCH_WARM_UP_REQUESTS'] ?? 500);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 8);
const PROFILE_DIR = process.env['BENCH_PROFILE_DIR'];
/** How long each subgraph's own background CPU is read before its load, idle. */
const IDLE_MS = Number(process.env['BENCH_IDLE_SECONDS'] ?? 5) * 1000;
const root = join(__dirname, '..', '..');

const SMALL = 'query Cells($first: Int!) { gridCells(first: $first) { nodes { code name } } }';
const CELLS =
  'query { gridCells(kind: ENTERPRISE_EXCLUSIVE, first: 3) { nodes { id code name } } }';
// The gateway's own fetches for `ExclusiveCells` (see `bench:scale`), as its query plan words them.
const ENTITIES = (fragment: string): string =>
  `query($representations:[_Any!]!){_entities(representations:$representations){${fragment}}}`;
const ENTERPRISES = ENTITIES('...on GridCell{enterprises{__typename id name creditCode}}');
const APPEALS = ENTITIES('...on Enterprise{appeals{title status handlingMode dueAt}}');
const TEAMS = ENTITIES('...on GridCell{volunteerTeams{name}}');

interface Workload {
  name: string;
  subgraph: string;
  body: string;
}

interface Result {
  workload: string;
  subgraph: string;
  requests: number;
  failed: number;
  firstFailure?: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  /** The same, less what the process spends with no requests (relay polls, consumers), measured just before. */
  netCpuMsPerRequest: number;
  idleCpuMsPerSecond: number;
}

/** `count` requests, `CONCURRENCY` at a time; CPU of `pid` before and after. */
async function run(
  url: string,
  body: string,
  headers: Record<string, string>,
  count: number,
  pid: number,
): Promise<
  Omit<Result, 'workload' | 'subgraph' | 'netCpuMsPerRequest' | 'idleCpuMsPerSecond'> & {
    seconds: number;
  }
> {
  const latencies: number[] = [];
  let failed = 0;
  let firstFailure: string | undefined;
  let sent = 0;
  const ticksBefore = readCpuTicks(pid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < count) {
        sent += 1;
        const at = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
        const text = await response.text();
        latencies.push(performance.now() - at);
        if (response.status !== 200 || text.includes('"errors"')) {
          failed += 1;
          firstFailure ??= `HTTP ${response.status}: ${text.slice(0, 300)}`;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    requests: latencies.length,
    failed,
    ...(firstFailure ? { firstFailure } : {}),
    requestsPerSecond: Number((latencies.length / seconds).toFixed(1)),
    p50Ms: Number(median(latencies).toFixed(2)),
    p99Ms: Number(quantile(latencies, 0.99).toFixed(2)),
    cpuMsPerRequest: Number(
      cpuMsPerRequest(ticksBefore, readCpuTicks(pid), latencies.length).toFixed(3),
    ),
  };
}

async function ask<T>(url: string, body: string, headers: Record<string, string>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const answer = (await response.json()) as { data?: T; errors?: unknown };
  if (!answer.data || answer.errors) throw new Error(`${url}: ${JSON.stringify(answer)}`);
  return answer.data;
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'apps', 'grid', 'src', 'main.js')))
    throw new Error(
      'no build: run `npx nx run-many -t build -p gateway grid enterprise appeal volunteer` first',
    );
  await ensureKafkaBroker();
  await shareDevelopmentKeys();
  const sink = await startSpanSink();
  const profileDir = PROFILE_DIR ? resolve(root, PROFILE_DIR) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const env: Record<string, string> = {
    OTEL_EXPORTER_OTLP_ENDPOINT: sink.url,
    OTEL_BSP_SCHEDULE_DELAY: '1000',
    ...(profileDir
      ? {
          NODE_OPTIONS: `--require ${join(__dirname, 'cpu-profile.cjs')}`,
          CPU_PROFILE_DIR: profileDir,
        }
      : {}),
  };
  const loadBefore = loadavg();
  const system = await startSystem({ built: true, env, healthTimeoutMs: 180_000 });
  const results: Result[] = [];
  try {
    const byPort = childPidsByPort();
    const pidOf = (name: string): number => {
      const pid = byPort.get(Number(new URL(system.subgraphUrls[name] ?? '').port));
      if (!pid) throw new Error(`no process serves ${name}`);
      return pid;
    };
    const supervisor = await issueDevelopmentToken(
      'bench-supervisor',
      { role: Role.SUPERVISOR, name: 'bench supervisor' },
      { expiresIn: '2h' },
    );
    const headers = {
      authorization: `Bearer ${supervisor}`,
      'x-service-authorization': await serviceAuthorization('gateway'),
    };
    const url = (name: string): string => system.subgraphUrls[name] ?? '';
    const cells = await ask<{ gridCells: { nodes: Array<{ id: string }> } }>(
      url('grid'),
      JSON.stringify({ query: CELLS }),
      headers,
    );
    const cellReps = cells.gridCells.nodes.map(({ id }) => ({ __typename: 'GridCell', id }));
    const enterprises = await ask<{ _entities: Array<{ enterprises: Array<{ id: string }> }> }>(
      url('enterprise'),
      JSON.stringify({ query: ENTERPRISES, variables: { representations: cellReps } }),
      headers,
    );
    const enterpriseReps = enterprises._entities.flatMap((cell) =>
      cell.enterprises.map(({ id }) => ({ __typename: 'Enterprise', id })),
    );
    const workloads: Workload[] = [
      {
        name: 'gridCells(first: 5)',
        subgraph: 'grid',
        body: JSON.stringify({ query: SMALL, variables: { first: 5 } }),
      },
      {
        name: `_entities GridCell.enterprises (${cellReps.length} cells)`,
        subgraph: 'enterprise',
        body: JSON.stringify({ query: ENTERPRISES, variables: { representations: cellReps } }),
      },
      {
        name: `_entities Enterprise.appeals (${enterpriseReps.length} enterprises)`,
        subgraph: 'appeal',
        body: JSON.stringify({ query: APPEALS, variables: { representations: enterpriseReps } }),
      },
      {
        name: `_entities GridCell.volunteerTeams (${cellReps.length} cells)`,
        subgraph: 'volunteer',
        body: JSON.stringify({ query: TEAMS, variables: { representations: cellReps } }),
      },
    ];
    for (const workload of workloads) {
      const pid = pidOf(workload.subgraph);
      await run(url(workload.subgraph), workload.body, headers, WARM_UP, pid);
      // What the process spends meanwhile on its own (relay polls, consumers, span exports): a slower
      // run on a busy machine would otherwise count more of it per request.
      const idleBefore = readCpuTicks(pid);
      await new Promise((done) => setTimeout(done, IDLE_MS));
      const idleCpuMsPerSecond = cpuMsPerRequest(idleBefore, readCpuTicks(pid), IDLE_MS / 1000);
      const { seconds, ...result } = await run(
        url(workload.subgraph),
        workload.body,
        headers,
        REQUESTS,
        pid,
      );
      const netCpuMsPerRequest = Number(
        (result.cpuMsPerRequest - (idleCpuMsPerSecond * seconds) / result.requests).toFixed(3),
      );
      results.push({
        workload: workload.name,
        subgraph: workload.subgraph,
        ...result,
        netCpuMsPerRequest,
        idleCpuMsPerSecond: Number(idleCpuMsPerSecond.toFixed(1)),
      });
      console.log(
        `[subgraph-cost] ${workload.name}: ${result.cpuMsPerRequest} ms CPU/request (${netCpuMsPerRequest} net of ${idleCpuMsPerSecond.toFixed(1)} ms/s idle), ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, ${result.failed} failed${result.firstFailure ? ` (first: ${result.firstFailure})` : ''}`,
      );
    }
  } finally {
    await system.stop();
    sink.server.close();
  }
  const report = {
    startedAt: new Date().toISOString(),
    requests: REQUESTS,
    warmUp: WARM_UP,
    concurrency: CONCURRENCY,
    profiled: Boolean(profileDir),
    loadAverageBefore: loadBefore.map((value) => Number(value.toFixed(2))),
    loadAverageAfter: loadavg().map((value) => Number(value.toFixed(2))),
    spanExportsReceived: sink.exports(),
    results,
  };
  writeBenchFigures('subgraph-cost', report);
  console.table(
    results.map((result) => ({
      workload: result.workload,
      'CPU ms/req': result.cpuMsPerRequest,
      'net of idle': result.netCpuMsPerRequest,
      'req/s': result.requestsPerSecond,
      'p50 ms': result.p50Ms,
      failed: result.failed,
    })),
  );
  console.log(
    `load average before ${report.loadAverageBefore.join(' ')}, after ${report.loadAverageAfter.join(' ')}; ${report.spanExportsReceived} span exports; figures in tmp/bench/subgraph-cost.json${profileDir ? `; profiles in ${profileDir}` : ''}`,
  );
  if (results.some((result) => result.failed > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
