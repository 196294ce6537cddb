/** Asia/Shanghai has kept UTC+08:00 all year since 1991, so a fixed offset is exact. */
const SHANGHAI_OFFSET = '+08:00';

/** The calendar date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** The instant of `hour` o'clock, Shanghai time, on a calendar date. */
export function shanghaiInstant(date: string, hour: number): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00${SHANGHAI_OFFSET}`);
}

/** When a shift on day `day` (0-based) of an activity starting on `startsOn` begins and ends. */
export function shiftWindow(startsOn: string, day: number, startHour: number, endHour: number): { startsAt: Date; endsAt: Date } {
  const date = addDays(startsOn, day);
  return { startsAt: shanghaiInstant(date, startHour), endsAt: shanghaiInstant(date, endHour) };
}
