import type { WorkingCalendar } from './working-calendar';

/** What `/health` says when the calendar's data is about to run out, or has. */
export interface CalendarDataWarning {
  code: 'WORKING_CALENDAR_ENDING' | 'WORKING_CALENDAR_ENDED';
  /** The last date whose holidays are known. */
  lastKnownDate: string;
  /** Days from today to it (negative past it). */
  daysLeft: number;
  message: string;
}

/** @default 60 days before the data runs out */
export const CALENDAR_WARNING_DAYS = 60;

/** A warning from `warnWithinDays` before the last known date on; undefined before that. */
export function calendarDataWarning(
  calendar: WorkingCalendar,
  now: Date,
  warnWithinDays = CALENDAR_WARNING_DAYS,
): CalendarDataWarning | undefined {
  const lastKnownDate = calendar.lastKnownDate;
  const daysLeft = calendar.daysOfDataLeft(now);
  if (lastKnownDate === undefined || daysLeft === undefined || daysLeft > warnWithinDays)
    return undefined;
  const nextYear = Number(lastKnownDate.slice(0, 4)) + 1;
  const howToFix = `set ${nextYear}'s holidays and make-up working days (mutation setWorkingCalendarYear, ADMIN) or upgrade the chinese-days package`;
  return daysLeft >= 0
    ? {
        code: 'WORKING_CALENDAR_ENDING',
        lastKnownDate,
        daysLeft,
        message: `The working calendar knows holidays until ${lastKnownDate} (${daysLeft} days left); deadlines past it will be provisional (weekends only): ${howToFix}`,
      }
    : {
        code: 'WORKING_CALENDAR_ENDED',
        lastKnownDate,
        daysLeft,
        message: `The working calendar knows no holidays after ${lastKnownDate}: deadlines are counted on weekends only and are provisional; ${howToFix}`,
      };
}
