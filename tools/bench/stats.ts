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
