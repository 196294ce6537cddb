import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where every bench leaves its raw figures (the checkout's tmp/bench, ignored by git). */
const BENCH_FIGURES_DIR = join(__dirname, '..', '..', 'tmp', 'bench');

/** Writes a bench's raw figures to tmp/bench/<name>.json (copied by hand to docs/BENCHMARKS.md). */
export function writeBenchFigures(name: string, figures: unknown): string {
  mkdirSync(BENCH_FIGURES_DIR, { recursive: true });
  const file = join(BENCH_FIGURES_DIR, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}

/** The q-quantile (0..1) of a sample, by nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** Prints a line of progress on long work, overwriting itself on a terminal. */
export function progress(message: string): void {
  if (process.stdout.isTTY) process.stdout.write(`\r${message.padEnd(80)}`);
  else console.log(message);
}

export function endProgress(): void {
  if (process.stdout.isTTY) process.stdout.write('\n');
}

/** Median, 99th percentile and fastest of a set of timings, in milliseconds to one decimal. */
export interface Timing {
  p50Ms: number;
  p99Ms: number;
  minMs: number;
}

export function summarise(times: number[]): Timing {
  const round = (value: number): number => Number(value.toFixed(1));
  return {
    p50Ms: round(median(times)),
    p99Ms: round(quantile(times, 0.99)),
    minMs: round(Math.min(...times)),
  };
}

/** Times `run` `runs` times after one warm-up run (plans, pool connections), printing progress and the result. */
export async function timeRuns(
  label: string,
  runs: number,
  run: () => Promise<void>,
): Promise<Timing> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
    progress(`${label}: ${i + 1}/${runs}`);
  }
  endProgress();
  const timing = summarise(times);
  console.log(`${label}: p50 ${timing.p50Ms} ms, p99 ${timing.p99Ms} ms`);
  return timing;
}
