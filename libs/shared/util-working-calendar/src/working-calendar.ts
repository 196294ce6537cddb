import { SHANGHAI_UTC_OFFSET_MINUTES } from '@erqi/shared/util-shanghai-time';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** How far ahead a calendar looks for the next working day before it gives up (a year of holidays would be a data error). */
const MAX_DAYS_SEARCHED = 366;

export interface WorkingCalendarOptions {
  /** Public holidays (法定节假日), ISO dates such as `2024-10-01`: no work, even on a weekday. @default none */
  holidays?: Iterable<string>;
  /** Make-up working days (调休上班), ISO dates: work, even on a weekend. @default none */
  workdays?: Iterable<string>;
  /** When a working day starts, in hours after local midnight. @default 9 */
  dayStartHour?: number;
  /** When a working day ends, in hours after local midnight. @default 17 */
  dayEndHour?: number;
  /** The offices' offset from UTC in minutes; Asia/Shanghai keeps +08:00 all year (no daylight saving). @default SHANGHAI_UTC_OFFSET_MINUTES (480) */
  utcOffsetMinutes?: number;
  /**
   * The years whose holidays and make-up days are known. A date of another year is provisional:
   * Monday to Friday count as working days (weekends only), and `onBeyondKnownData` is told. @default
   * every year (a calendar built from a fixed list, as in tests)
   */
  knownYears?: Iterable<number>;
  /** Told of every provisional date a deadline was counted across (to log and count it). @default none */
  onBeyondKnownData?: (date: string) => void;
}

/**
 * Working time in Asia/Shanghai: Monday to Friday from 09:00 to 17:00, except public holidays, plus
 * the make-up working days (调休) that move a holiday's lost day onto a weekend. Deadlines counted in
 * it never fall on a day the offices are closed.
 */
export class WorkingCalendar {
  private readonly holidays: ReadonlySet<string>;
  private readonly workdays: ReadonlySet<string>;
  private readonly dayStartMs: number;
  private readonly dayEndMs: number;
  private readonly offsetMs: number;
  private readonly knownYears: ReadonlySet<number> | undefined;
  private readonly onBeyondKnownData: ((date: string) => void) | undefined;

  constructor(options: WorkingCalendarOptions = {}) {
    this.knownYears = options.knownYears ? new Set(options.knownYears) : undefined;
    this.onBeyondKnownData = options.onBeyondKnownData;
    this.holidays = new Set(options.holidays ?? []);
    this.workdays = new Set(options.workdays ?? []);
    this.dayStartMs = (options.dayStartHour ?? 9) * HOUR_MS;
    this.dayEndMs = (options.dayEndHour ?? 17) * HOUR_MS;
    this.offsetMs = (options.utcOffsetMinutes ?? SHANGHAI_UTC_OFFSET_MINUTES) * 60_000;
    if (!(this.dayStartMs >= 0 && this.dayStartMs < this.dayEndMs && this.dayEndMs <= DAY_MS)) {
      throw new RangeError('A working day must start before it ends, within one day');
    }
  }

  /** Hours of work in one working day. */
  get hoursPerDay(): number {
    return (this.dayEndMs - this.dayStartMs) / HOUR_MS;
  }

  /** The last date whose holidays are known (`YYYY-12-31` of the last known year); undefined when every year is. */
  get lastKnownDate(): string | undefined {
    if (!this.knownYears) return undefined;
    const last = Math.max(...this.knownYears);
    return Number.isFinite(last) ? `${last}-12-31` : undefined;
  }

  /** Whether the holidays of this date's year are known (else the date is provisional). */
  isKnownDate(date: string): boolean {
    return !this.knownYears || this.knownYears.has(Number(date.slice(0, 4)));
  }

  /**
   * Days from the local date of `now` to the last known date (0 on that date, negative past it);
   * undefined when every year is known.
   */
  daysOfDataLeft(now: Date): number | undefined {
    const last = this.lastKnownDate;
    if (last === undefined) return undefined;
    const today = Math.floor((now.getTime() + this.offsetMs) / DAY_MS);
    return Math.round(new Date(`${last}T00:00:00.000Z`).getTime() / DAY_MS) - today;
  }

  /** Whether offices work on this local date (`YYYY-MM-DD`). */
  isWorkingDay(date: string): boolean {
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    // Past the data: weekends only, and said so; never silently a year without holidays.
    if (!this.isKnownDate(date)) this.onBeyondKnownData?.(date);
    const weekday = new Date(`${date}T00:00:00.000Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * `hours` of working time after `at`. Time outside working hours does not count: from a Friday
   * evening, the count starts on the next working morning.
   */
  addWorkingHours(at: Date, hours: number): Date {
    if (!(hours >= 0)) throw new RangeError('Working hours to add must not be negative');
    let { day, timeOfDay } = this.nextWorkingInstant(at);
    let remaining = hours * HOUR_MS;
    for (let searched = 0; ; searched += 1) {
      const available = this.dayEndMs - timeOfDay;
      if (remaining <= available) return this.toDate(day, timeOfDay + remaining);
      remaining -= available;
      day = this.nextWorkingDay(day);
      timeOfDay = this.dayStartMs;
      if (searched > MAX_DAYS_SEARCHED * 10)
        throw new RangeError('The working calendar has no working days ahead');
    }
  }

  /** The same working time of day, `days` working days after `at` (counted from the next working instant). */
  addWorkingDays(at: Date, days: number): Date {
    if (!(days >= 0) || !Number.isInteger(days))
      throw new RangeError('Working days to add must be a whole number, not negative');
    const start = this.nextWorkingInstant(at);
    let day = start.day;
    for (let count = 0; count < days; count += 1) day = this.nextWorkingDay(day);
    const { timeOfDay } = start;
    return this.toDate(day, timeOfDay);
  }

  /**
   * The working time from `from` to `to` in milliseconds (0 when `to` is not later): what is left of a
   * deadline counted in working time, e.g. "剩余 3 小时 20 分（工作时间）".
   */
  workingMillisecondsBetween(from: Date, to: Date): number {
    const start = from.getTime() + this.offsetMs;
    const end = to.getTime() + this.offsetMs;
    let total = 0;
    for (let day = Math.floor(start / DAY_MS); day * DAY_MS < end; day += 1) {
      if (!this.isWorkingDay(dateKey(day))) continue;
      const open = Math.max(start, day * DAY_MS + this.dayStartMs);
      const close = Math.min(end, day * DAY_MS + this.dayEndMs);
      if (close > open) total += close - open;
    }
    return total;
  }

  /** `at` itself when it falls in working hours, else the start of the next working period. */
  private nextWorkingInstant(at: Date): { day: number; timeOfDay: number } {
    const local = at.getTime() + this.offsetMs;
    const day = Math.floor(local / DAY_MS);
    const timeOfDay = local - day * DAY_MS;
    if (this.isWorkingDay(dateKey(day))) {
      if (timeOfDay < this.dayStartMs) return { day, timeOfDay: this.dayStartMs };
      if (timeOfDay < this.dayEndMs) return { day, timeOfDay };
    }
    return { day: this.nextWorkingDay(day), timeOfDay: this.dayStartMs };
  }

  private nextWorkingDay(day: number): number {
    for (let next = day + 1; next <= day + MAX_DAYS_SEARCHED; next += 1) {
      if (this.isWorkingDay(dateKey(next))) return next;
    }
    throw new RangeError(
      `The working calendar has no working day within a year after ${dateKey(day)}`,
    );
  }

  private toDate(day: number, timeOfDay: number): Date {
    return new Date(day * DAY_MS + timeOfDay - this.offsetMs);
  }
}

/** A local day number (days since 1970-01-01) as `YYYY-MM-DD`. */
function dateKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
