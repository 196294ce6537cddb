/** Asia/Shanghai (China Standard Time) has kept UTC+08:00 all year since 1991, so a fixed offset is exact. */
export const SHANGHAI_UTC_OFFSET_MINUTES = 480;
const OFFSET_MS = SHANGHAI_UTC_OFFSET_MINUTES * 60_000;

/** The calendar date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** The local date (`YYYY-MM-DD`) an instant falls on in Shanghai. */
export function shanghaiDateOf(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of `hour` o'clock, Shanghai time, on a calendar date. */
export function shanghaiInstant(date: string, hour: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + hour * 3_600_000 - OFFSET_MS);
}

export interface CalendarMonth {
  /** The first instant of the month, Shanghai time. */
  start: Date;
  /** The first instant of the next month. */
  end: Date;
  /** e.g. `2024-03`. */
  label: string;
}

/** The calendar month (Shanghai time) an instant falls in, e.g. the period a monthly quota counts over. */
export function calendarMonthOf(instant: Date): CalendarMonth {
  const local = new Date(instant.getTime() + OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  return {
    start: new Date(Date.UTC(year, month, 1) - OFFSET_MS),
    end: new Date(Date.UTC(year, month + 1, 1) - OFFSET_MS),
    label: `${year}-${String(month + 1).padStart(2, '0')}`,
  };
}
