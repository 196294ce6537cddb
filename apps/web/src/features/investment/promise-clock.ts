/** Where a promise stands on the clock, for its colour and word (never colour alone). */
export type PromiseClock = 'fulfilled' | 'overdue' | 'dueToday' | 'onTime';

/** `today` and `dueOn` are Asia/Shanghai days (YYYY-MM-DD). */
export function promiseClock(state: string, dueOn: string, today: string): PromiseClock {
  if (state === 'FULFILLED') return 'fulfilled';
  if (state === 'OVERDUE' || dueOn < today) return 'overdue';
  return dueOn === today ? 'dueToday' : 'onTime';
}

/** Whole days from `today` to `dueOn` (both YYYY-MM-DD). */
export function daysLeft(dueOn: string, today: string): number {
  return Math.round(
    (Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}
