import { startSystem } from '@erqi/shared/feature-local-system';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { createLogger } from '@erqi/shared/util-logging';
import { ensureKafkaBroker } from '../kafka/kafka-broker';
import { endProgress, median, progress, quantile, writeBenchFigures } from './stats';

/**
 * `npm run bench:gateway`: what verifying the caller's token costs. The same fixed load of a small
 * one-subgraph query and of a cross-subgraph one (grid and volunteer), once with a valid token on every request
 * (verified by the gateway and again by every subgraph it calls) and once with no Authorization header.
 * Figures go to tmp/bench/gateway.json and, by hand, to docs/BENCHMARKS.md.
 */
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 2000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 16);
const WARM_UP = 500;
// The two modes take turns in rounds (off-on, on-off, …) so that drift on a shared machine hits both alike.
const ROUNDS = 4;

// Public data only, so an anonymous caller and a signed-in one get the same answer and the runs differ
// by the verification alone: the gateway's, and each subgraph's again.
const QUERIES = {
  small: '{ gridCells(first: 5) { nodes { code name } } }',
  overview:
    '{ gridCells(first: 6) { nodes { code name gridWorkers { name } volunteerTeams { name code } } } }',
} as const;

const logger = createLogger('bench');

interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers that were not a 200 without errors; a run with any is not comparable. */
  failed: number;
}

interface Run {
  latencies: number[];
  seconds: number;
  failed: number;
}

function summary(runs: Run[]): LoadResult {
  const latencies = runs.flatMap((run) => run.latencies);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    requestsPerSecond: Number((latencies.length / seconds).toFixed(1)),
    p50Ms: Number(median(latencies).toFixed(2)),
    p99Ms: Number(quantile(latencies, 0.99).toFixed(2)),
    failed: runs.reduce((sum, run) => sum + run.failed, 0),
  };
}

/** A closed loop: CONCURRENCY clients send `total` requests between them, as fast as they are answered. */
async function load(
  url: string,
  query: string,
  headers: Record<string, string>,
  total: number,
  label: string,
): Promise<Run> {
  const body = JSON.stringify({ query });
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) {
        next += 1;
        const sent = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
        const answer = (await response.json()) as { errors?: unknown[] };
        latencies.push(performance.now() - sent);
        if (response.status !== 200 || answer.errors) failed += 1;
        if (latencies.length % 250 === 0) progress(`${label}: ${latencies.length}/${total}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  endProgress();
  return { latencies, seconds, failed };
}

async function main(): Promise<void> {
  await ensureKafkaBroker();
  logger.info('starting the system (four subgraphs, gateway) on a throw-away database');
  // One caller sends everything: lift its rate limit so the bench measures the gateway, not the limiter.
  const system = await startSystem({
    env: { NODE_ENV: 'production' },
    gatewayEnv: { GATEWAY_RATE_LIMIT_PER_SECOND: '1000000', GATEWAY_RATE_LIMIT_BURST: '1000000' },
  });
  try {
    // Both queries read public data, so both runs answer the same.
    const token = await authHeaderFor(seedUser('SUPERVISOR'));
    const results: Record<
      string,
      {
        authOff: LoadResult;
        authOn: LoadResult;
        ratioRequestsPerSecond: number;
        ratioP50: number;
        ratioP99: number;
      }
    > = {};
    for (const [name, query] of Object.entries(QUERIES)) {
      // Warm both paths (JIT, query plan cache, connection pools) before measuring either.
      await load(system.gatewayUrl, query, {}, WARM_UP, `${name} warm-up, auth off`);
      await load(system.gatewayUrl, query, token, WARM_UP, `${name} warm-up, auth on`);
      const off: Run[] = [];
      const on: Run[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const size = Math.round(REQUESTS / ROUNDS);
        const runOff = async (): Promise<void> =>
          void off.push(
            await load(system.gatewayUrl, query, {}, size, `${name} round ${round + 1}, auth off`),
          );
        const runOn = async (): Promise<void> =>
          void on.push(
            await load(
              system.gatewayUrl,
              query,
              token,
              size,
              `${name} round ${round + 1}, auth on`,
            ),
          );
        if (round % 2 === 0) await runOff().then(runOn);
        else await runOn().then(runOff);
      }
      const authOff = summary(off);
      const authOn = summary(on);
      results[name] = {
        authOff,
        authOn,
        ratioRequestsPerSecond: Number(
          (authOn.requestsPerSecond / authOff.requestsPerSecond).toFixed(3),
        ),
        ratioP50: Number((authOn.p50Ms / authOff.p50Ms).toFixed(3)),
        ratioP99: Number((authOn.p99Ms / authOff.p99Ms).toFixed(3)),
      };
      logger.info(
        `${name}: auth on ${authOn.requestsPerSecond} req/s, auth off ${authOff.requestsPerSecond} req/s`,
      );
    }
    const result = {
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      rounds: ROUNDS,
      queries: QUERIES,
      results,
    };
    writeBenchFigures('gateway', result);
    console.log(JSON.stringify(result, null, 2));
    const failed = Object.values(results).some(
      (entry) => entry.authOff.failed > 0 || entry.authOn.failed > 0,
    );
    if (failed) {
      console.error('some answers were errors: the runs are not comparable (see "failed")');
      process.exitCode = 1;
    }
  } finally {
    await system.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
