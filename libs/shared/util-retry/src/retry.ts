import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  /** Checked before every attempt: a worker being stopped gives up. */
  stopped: () => boolean;
  /**
   * Told about a failed attempt worth a log line: the first, then every 20th, so that an outage
   * leaves a trace without flooding the log.
   */
  report: (error: unknown, attempt: number) => void;
  /** The wait after failed attempt `attempt`. @default 250 ms per attempt, at most 5 s */
  delayMs?: (attempt: number) => number;
}

const defaultDelay = (attempt: number): number => Math.min(5000, 250 * attempt);

/** Whether a failed attempt gets a log line: the first and every 20th. */
export function isReportedAttempt(attempt: number): boolean {
  return attempt === 1 || attempt % 20 === 0;
}

/**
 * Runs `work` until it succeeds, waiting longer after each failure: what a worker does at launch
 * while its database or broker is not there yet (a launch must not fail). `undefined` when stopped first.
 */
export async function retryUntilDone<T>(
  work: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T | undefined> {
  const delayMs = options.delayMs ?? defaultDelay;
  for (let attempt = 1; !options.stopped(); attempt += 1) {
    try {
      return await work(attempt);
    } catch (error) {
      if (isReportedAttempt(attempt)) options.report(error, attempt);
      if (!options.stopped()) await sleep(delayMs(attempt));
    }
  }
  return undefined;
}
