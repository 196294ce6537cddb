import { addDays, shanghaiInstant } from '@erqi/shared/util-shanghai-time';

/** When a shift on day `day` (0-based) of an activity starting on `startsOn` begins and ends, Shanghai time. */
export function shiftWindow(
  startsOn: string,
  day: number,
  startHour: number,
  endHour: number,
): { startsAt: Date; endsAt: Date } {
  const date = addDays(startsOn, day);
  return { startsAt: shanghaiInstant(date, startHour), endsAt: shanghaiInstant(date, endHour) };
}
