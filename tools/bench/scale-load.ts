import { cpuMsPerRequest, readCpuTicks } from './process-cpu';
import { endProgress, median, progress, quantile } from './stats';

/** One request of a load: what to send and as whom. */
export interface LoadRequest {
  body: string;
  headers: Record<string, string>;
}

export interface CellResult {
  requests: number;
  /** Answers that were not a 200 without errors; a cell with any is not comparable. */
  failed: number;
  firstFailure?: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Milliseconds of CPU per answered request, by process (`bench` is the load generator itself). */
  cpuMsPerRequest: Record<string, number>;
}

const round = (value: number, places = 2): number => Number(value.toFixed(places));

/**
 * A closed loop for `durationMs`: `concurrency` clients each send the next request as soon as the last
 * is answered, over Node's keep-alive fetch. CPU of each process in `pids` is read before and after.
 */
export async function runCell(options: {
  label: string;
  url: string;
  durationMs: number;
  concurrency: number;
  request: (index: number) => LoadRequest;
  pids: Record<string, number>;
}): Promise<CellResult> {
  const latencies: number[] = [];
  let failed = 0;
  let firstFailure: string | undefined;
  let next = 0;
  const before = Object.fromEntries(
    Object.entries(options.pids).map(([name, pid]) => [name, readCpuTicks(pid)]),
  );
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + options.durationMs;
  const ticker = setInterval(() => {
    const seconds = (performance.now() - started) / 1000;
    progress(
      `${options.label}: ${latencies.length} answers, ${(latencies.length / seconds).toFixed(0)}/s, ${failed} failed`,
    );
  }, 1000);
  try {
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (performance.now() < deadline) {
          const { body, headers } = options.request(next);
          next += 1;
          const sent = performance.now();
          try {
            const response = await fetch(options.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...headers },
              body,
              signal: AbortSignal.timeout(30_000),
            });
            const text = await response.text();
            latencies.push(performance.now() - sent);
            if (response.status !== 200 || text.includes('"errors"')) {
              failed += 1;
              firstFailure ??= `HTTP ${response.status}: ${text.slice(0, 300)}`;
            }
          } catch (error) {
            latencies.push(performance.now() - sent);
            failed += 1;
            firstFailure ??= error instanceof Error ? error.message : String(error);
          }
        }
      }),
    );
  } finally {
    clearInterval(ticker);
    endProgress();
  }
  const seconds = (performance.now() - started) / 1000;
  const ownCpu = process.cpuUsage(ownBefore);
  const cpu: Record<string, number> = {
    bench: round((ownCpu.user + ownCpu.system) / 1000 / latencies.length, 3),
  };
  for (const [name, pid] of Object.entries(options.pids))
    cpu[name] = round(
      cpuMsPerRequest(before[name] ?? Number.NaN, readCpuTicks(pid), latencies.length),
      3,
    );
  return {
    requests: latencies.length,
    failed,
    ...(firstFailure ? { firstFailure } : {}),
    requestsPerSecond: round(latencies.length / seconds, 1),
    p50Ms: round(median(latencies)),
    p99Ms: round(quantile(latencies, 0.99)),
    cpuMsPerRequest: cpu,
  };
}
