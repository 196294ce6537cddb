import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './stats';

/**
 * `npm run bench:tracing`: what tracing costs a process in memory. Each run is a fresh Node process
 * (`tracing-probe.ts`) that loads http, pg and graphql, then calls startTracing with tracing off (no
 * OTEL_* set) or on (an OTLP endpoint set: SDK, exporter and the HTTP, GraphQL and PostgreSQL
 * instrumentations), and reports the resident and heap memory added, after full garbage collections.
 */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const root = join(__dirname, '..', '..');

interface Probe {
  on: boolean;
  rssBytes: number;
  heapBytes: number;
}

function probe(env: Record<string, string>): Probe {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('OTEL_')),
  );
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '-r', '@swc-node/register', 'tools/bench/tracing-probe.ts'],
    { cwd: root, env: { ...base, ...env }, encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Probe;
}

const mib = (bytes: number): string => (bytes / 1048576).toFixed(1);

for (const [label, env] of [
  ['off (no OTEL_* set)', {}],
  // Nothing listens there: the exporter is only built, and nothing is sent before the probe ends.
  ['on (OTEL_EXPORTER_OTLP_ENDPOINT set)', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' }],
] as const) {
  const runs = Array.from({ length: RUNS }, () => probe(env));
  console.log(
    `tracing ${label}: +${mib(median(runs.map((run) => run.rssBytes)))} MiB resident, +${mib(median(runs.map((run) => run.heapBytes)))} MiB heap (median of ${RUNS})`,
  );
}
