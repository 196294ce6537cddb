import { type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { startSystem, type RunningSystem } from '@erqi/shared/feature-local-system';
import {
  type CallerClaims,
  issueDevelopmentToken,
  Role,
  serviceAuthorization,
} from '@erqi/shared/util-auth';
import { collectiveEnterprise } from '@erqi/shared/util-seed-fixtures';
import {
  collectOutput,
  startNodeProcess,
  stopProcess,
  waitForHealthy,
} from '@erqi/shared/util-process';
import { findFreePort } from '@erqi/shared/util-tcp-port';
import { ensureKafkaBroker } from '../kafka/kafka-broker';
import { shareDevelopmentKeys, startSpanSink } from './bench-system';
import { childPidsByPort, ratio } from './process-cpu';
import { type CellResult, type LoadRequest, runCell } from './scale-load';
import { writeBenchFigures } from './stats';

// SERVICE_AUTHORIZATION_HEADER of feature-subgraph-server, spelt out: importing that library beside
// Hive Gateway's types (graphql-yoga widens GraphQLErrorExtensions) would not typecheck.
const SERVICE_AUTHORIZATION_HEADER = 'x-service-authorization';

/**
 * `npm run bench:scale`: our gateway beside Hive Gateway (a yardstick only) on the same supergraph and
 * subgraphs, and a subgraph asked directly, in one run. The built services in production mode, with
 * broker credentials (SASL), access checks and tracing on (spans to a local sink that discards them).
 * Workloads: a one-subgraph query, the README's query across all four subgraphs, a read mix and
 * submitAppeal; each with one caller repeating one request and with CALLERS distinct callers and varied
 * variables; the read mix and submitAppeal again with two replicas per subgraph.
 * Build first: `npx nx run-many -t build -p gateway grid enterprise appeal volunteer`.
 */
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const WARM_UP_SECONDS = Number(process.env['BENCH_WARM_UP_SECONDS'] ?? 3);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 16);
const CALLERS = Number(process.env['BENCH_CALLERS'] ?? 64);
/** Only these workloads (comma-separated), e.g. `across-four`; every one by default. */
const ONLY_WORKLOADS = process.env['BENCH_WORKLOADS']?.split(',').map((name) => name.trim());
/** `1` skips the second phase (two replicas per subgraph). */
const MAX_REPLICAS = Number(process.env['BENCH_MAX_REPLICAS'] ?? 2);
/** A folder: our gateway writes a V8 CPU profile there when it stops (`node --cpu-prof`), to see where its time goes. */
const CPU_PROFILE_DIR = process.env['BENCH_CPU_PROFILE_DIR'];
const root = join(__dirname, '..', '..');

const SMALL = 'query Cells($first: Int!) { gridCells(first: $first) { nodes { code name } } }';
const ACROSS = `query ExclusiveCells($first: Int!) {
  gridCells(kind: ENTERPRISE_EXCLUSIVE, first: $first) {
    nodes { code name enterprises { name creditCode appeals { title status handlingMode dueAt } } volunteerTeams { name } }
  }
}`;
const APPEALS =
  'query Appeals($first: Int!) { appeals(first: $first) { nodes { title status dueAt } } }';
const SUBMIT = 'mutation Submit($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }';

type Workload = 'one-subgraph' | 'across-four' | 'read-mix' | 'submitAppeal';
type Callers = 'one' | 'many';
type Target = 'subgraph' | 'ours' | 'hive';

interface Cell extends CellResult {
  replicas: number;
  workload: Workload;
  callers: Callers;
  target: Target;
}

/** Readers may see every cell, enterprise and appeal; filers may file for any enterprise. */
async function tokens(role: Role.SUPERVISOR | Role.ADMIN, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) => {
      const claims: CallerClaims = { role, name: `bench ${role} ${index}` };
      return issueDevelopmentToken(`bench-${role.toLowerCase()}-${index}`, claims, {
        expiresIn: '2h',
      });
    }),
  );
}

function requestFor(
  workload: Workload,
  callers: Callers,
  readers: string[],
  filers: string[],
): (index: number) => LoadRequest {
  const pick = (list: string[], index: number): string =>
    list[callers === 'one' ? 0 : index % list.length] ?? '';
  const body = (query: string, variables: Record<string, unknown>): string =>
    JSON.stringify({ query, variables });
  const read = (query: string, first: number, index: number): LoadRequest => ({
    body: body(query, { first }),
    headers: { authorization: `Bearer ${pick(readers, index)}` },
  });
  // One caller repeats the very same request; many callers vary the page size too.
  const vary = (index: number, fixed: number, spread: number): number =>
    callers === 'one' ? fixed : 1 + (index % spread);
  switch (workload) {
    case 'one-subgraph':
      return (index) => read(SMALL, vary(index, 5, 10), index);
    case 'across-four':
      return (index) => read(ACROSS, vary(index, 3, 3), index);
    case 'read-mix':
      // Three in five ask grid alone, one in five all four subgraphs, one in five the appeal list.
      return (index) => {
        const kind = index % 5;
        if (kind === 3) return read(ACROSS, vary(index, 3, 3), index);
        if (kind === 4) return read(APPEALS, vary(index, 10, 20), index);
        return read(SMALL, vary(index, 5, 10), index);
      };
    case 'submitAppeal':
      return (index) => ({
        body: body(SUBMIT, {
          input: {
            enterpriseId: collectiveEnterprise.id,
            title: callers === 'one' ? '压测 路灯损坏' : `压测 路灯损坏 ${index}`,
            description: callers === 'one' ? '压测：路灯损坏' : `压测：第 ${index} 盏路灯损坏`,
            category: 'SURROUNDINGS',
            channel: 'HOTLINE',
            handlingMode: callers === 'one' || index % 2 === 0 ? 'TRACKED' : 'URGENT',
          },
        }),
        headers: { authorization: `Bearer ${pick(filers, index)}` },
      });
  }
}

/** By process name (`gateway`, `grid`, `grid#2`, …): its pid. */
function systemPids(system: RunningSystem): Record<string, number> {
  const byPort = childPidsByPort();
  const pids: Record<string, number> = {};
  const add = (name: string, url: string): void => {
    const pid = byPort.get(Number(new URL(url).port));
    if (pid) pids[name] = pid;
  };
  add('gateway', system.gatewayUrl);
  for (const [name, urls] of Object.entries(system.replicaUrls))
    urls.forEach((url, index) => add(index === 0 ? name : `${name}#${index + 1}`, url));
  return pids;
}

/** The supergraph with each subgraph's URL pointed at the bench's own (first) replica. */
function supergraphFor(system: RunningSystem, file: string): void {
  let sdl = readFileSync(join(root, 'apps', 'gateway', 'supergraph.graphql'), 'utf8');
  for (const [name, url] of Object.entries(system.subgraphUrls))
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`), `$1"${url}"`);
  writeFileSync(file, sdl);
}

async function startHive(
  system: RunningSystem,
): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  mkdirSync(join(root, 'tmp', 'bench'), { recursive: true });
  const file = join(root, 'tmp', 'bench', 'scale-supergraph.graphql');
  supergraphFor(system, file);
  const port = await findFreePort();
  const child = startNodeProcess(
    'tools/bench/hive-yardstick.ts',
    { HIVE_PORT: String(port), HIVE_SUPERGRAPH_FILE: file, NODE_ENV: 'production' },
    { quiet: true },
  );
  const output = collectOutput(child);
  try {
    await waitForHealthy(`http://127.0.0.1:${port}/healthcheck`, child, 120_000);
  } catch (error) {
    console.error(output());
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/graphql`, child, stop: () => stopProcess(child) };
}

function printTable(cells: Cell[]): void {
  const rows = cells.map((cell) => {
    const cpu = cell.cpuMsPerRequest;
    const front =
      cell.target === 'hive' ? cpu['hive'] : cell.target === 'ours' ? cpu['gateway'] : undefined;
    const subgraphs = Object.entries(cpu)
      .filter(([name]) => !['bench', 'gateway', 'hive'].includes(name))
      .reduce((sum, [, value]) => sum + (Number.isFinite(value) ? value : 0), 0);
    return {
      replicas: cell.replicas,
      workload: cell.workload,
      callers: cell.callers,
      target: cell.target,
      'req/s': cell.requestsPerSecond,
      'p50 ms': cell.p50Ms,
      'p99 ms': cell.p99Ms,
      failed: cell.failed,
      'CPU ms/req gateway': front ?? '-',
      'CPU ms/req subgraphs': Number(subgraphs.toFixed(2)),
      'CPU ms/req bench': cpu['bench'],
    };
  });
  console.table(rows);
}

function ratios(cells: Cell[]): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const ours of cells.filter((cell) => cell.target === 'ours')) {
    const hive = cells.find(
      (cell) =>
        cell.target === 'hive' &&
        cell.replicas === ours.replicas &&
        cell.workload === ours.workload &&
        cell.callers === ours.callers,
    );
    if (!hive) continue;
    out.push({
      replicas: ours.replicas,
      workload: ours.workload,
      callers: ours.callers,
      'ours ÷ hive req/s': ratio(ours.requestsPerSecond, hive.requestsPerSecond),
      'ours ÷ hive p50': ratio(ours.p50Ms, hive.p50Ms),
      'ours ÷ hive p99': ratio(ours.p99Ms, hive.p99Ms),
      'ours ÷ hive gateway CPU/req': ratio(
        ours.cpuMsPerRequest['gateway'] ?? Number.NaN,
        hive.cpuMsPerRequest['hive'] ?? Number.NaN,
      ),
    });
  }
  return out;
}

async function phase(
  replicas: number,
  workloads: Workload[],
  withHive: boolean,
  env: Record<string, string>,
  callerTokens: { readers: string[]; filers: string[] },
  cells: Cell[],
): Promise<void> {
  console.log(`[scale] starting the built system with ${replicas} replica(s) per subgraph`);
  const system = await startSystem({
    built: true,
    replicas,
    env,
    healthTimeoutMs: 180_000,
    gatewayEnv: {
      ...env,
      // Many requests from one address and a few callers: the limiter would measure itself.
      GATEWAY_RATE_LIMIT_PER_SECOND: '1000000',
      GATEWAY_RATE_LIMIT_BURST: '1000000',
      ...(CPU_PROFILE_DIR
        ? {
            NODE_OPTIONS: `--require ${join(root, 'tools', 'bench', 'cpu-profile.cjs')}`,
            CPU_PROFILE_DIR,
          }
        : {}),
    },
  });
  const hive = withHive ? await startHive(system) : undefined;
  try {
    const pids = systemPids(system);
    if (hive?.child.pid) pids['hive'] = hive.child.pid;
    console.log(`[scale] processes: ${JSON.stringify(pids)}`);
    for (const workload of workloads.filter((name) => ONLY_WORKLOADS?.includes(name) ?? true))
      for (const callers of ['one', 'many'] as const) {
        const targets: Array<[Target, string]> = [];
        if (workload === 'one-subgraph' && replicas === 1)
          targets.push(['subgraph', system.subgraphUrls['grid'] ?? '']);
        // Ours and Hive take turns going first, so that drift on the shared machine hits both alike.
        const pair: Array<[Target, string]> = [['ours', system.gatewayUrl]];
        if (hive) pair.push(['hive', hive.url]);
        if (cells.length % 2 === 1) pair.reverse();
        targets.push(...pair);
        const request = requestFor(workload, callers, callerTokens.readers, callerTokens.filers);
        // A subgraph answers signed-in callers only beside the gateway's service token: send it as the gateway does.
        const service = await serviceAuthorization('gateway');
        const direct = (index: number): LoadRequest => {
          const sent = request(index);
          return { ...sent, headers: { ...sent.headers, [SERVICE_AUTHORIZATION_HEADER]: service } };
        };
        for (const [target, url] of targets) {
          const label = `${replicas}×, ${workload}, ${callers} caller(s), ${target}`;
          await runCell({
            label: `${label} (warm-up)`,
            url,
            durationMs: WARM_UP_SECONDS * 1000,
            concurrency: CONCURRENCY,
            request: target === 'subgraph' ? direct : request,
            pids: {},
          });
          const result = await runCell({
            label,
            url,
            durationMs: SECONDS * 1000,
            concurrency: CONCURRENCY,
            request: target === 'subgraph' ? direct : request,
            pids,
          });
          cells.push({ replicas, workload, callers, target, ...result });
          console.log(
            `[scale] ${label}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.failed} failed${result.firstFailure ? ` (first: ${result.firstFailure})` : ''}`,
          );
        }
      }
  } finally {
    await hive?.stop();
    await system.stop();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'apps', 'gateway', 'src', 'main.js')))
    throw new Error(
      'no build: run `npx nx run-many -t build -p gateway grid enterprise appeal volunteer` first',
    );
  await ensureKafkaBroker();
  await shareDevelopmentKeys();
  const sink = await startSpanSink();
  const env = { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_BSP_SCHEDULE_DELAY: '1000' };
  const callerTokens = {
    readers: await tokens(Role.SUPERVISOR, CALLERS),
    filers: await tokens(Role.ADMIN, CALLERS),
  };
  const loadBefore = loadavg();
  const startedAt = new Date().toISOString();
  const cells: Cell[] = [];
  try {
    await phase(
      1,
      ['one-subgraph', 'across-four', 'read-mix', 'submitAppeal'],
      true,
      env,
      callerTokens,
      cells,
    );
    if (MAX_REPLICAS >= 2)
      await phase(2, ['read-mix', 'submitAppeal'], false, env, callerTokens, cells);
  } finally {
    sink.server.close();
  }
  const result = {
    startedAt,
    seconds: SECONDS,
    warmUpSeconds: WARM_UP_SECONDS,
    concurrency: CONCURRENCY,
    callers: CALLERS,
    loadAverageBefore: loadBefore.map((value) => Number(value.toFixed(2))),
    loadAverageAfter: loadavg().map((value) => Number(value.toFixed(2))),
    spanExportsReceived: sink.exports(),
    queries: { SMALL, ACROSS, APPEALS, SUBMIT },
    cells,
    ratios: ratios(cells),
  };
  writeBenchFigures('scale', result);
  printTable(cells);
  console.table(result.ratios);
  console.log(
    `load average before ${result.loadAverageBefore.join(' ')}, after ${result.loadAverageAfter.join(' ')}; ${result.spanExportsReceived} span exports received; figures in tmp/bench/scale.json`,
  );
  if (cells.some((cell) => cell.failed > 0)) {
    console.error('some answers were errors: those cells are not comparable (see "failed")');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
