import type { WorkingCalendar } from './working-calendar';

/** A span of working time: hours (即知即办 is counted in hours) or whole working days. */
export type WorkingDuration = { workingHours: number } | { workingDays: number };

/** The instant `duration` of working time after `from`. */
export function addWorkingDuration(
  calendar: WorkingCalendar,
  from: Date,
  duration: WorkingDuration,
): Date {
  return 'workingHours' in duration
    ? calendar.addWorkingHours(from, duration.workingHours)
    : calendar.addWorkingDays(from, duration.workingDays);
}

/** Reads `8h` (working hours) or `5d` (working days), as configuration writes them. */
export function parseWorkingDuration(text: string, setting: string): WorkingDuration {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([hd])\s*$/i.exec(text);
  const amount = Number(match?.[1]);
  if (!match || !(amount > 0))
    throw new RangeError(
      `${setting} must be a positive number of working hours or days such as 8h or 5d, not "${text}"`,
    );
  if (match[2]?.toLowerCase() === 'h') return { workingHours: amount };
  if (!Number.isInteger(amount))
    throw new RangeError(`${setting}: working days must be whole, not "${text}"`);
  return { workingDays: amount };
}

/** How a duration reads in a note: `8 working hours`, `5 working days`. */
export function describeWorkingDuration(duration: WorkingDuration): string {
  return 'workingHours' in duration
    ? `${duration.workingHours} working hours`
    : `${duration.workingDays} working days`;
}
