/** China Standard Time is UTC+8 all year (no daylight saving): the district's months begin at local midnight. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface CalendarMonth {
  /** The first instant of the month, Beijing time. */
  start: Date;
  /** The first instant of the next month. */
  end: Date;
  /** e.g. `2024-03`. */
  label: string;
}

/** The calendar month (Beijing time) an instant falls in: the period a routine-inspection quota counts over. */
export function calendarMonthOf(instant: Date): CalendarMonth {
  const local = new Date(instant.getTime() + CHINA_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  return {
    start: new Date(Date.UTC(year, month, 1) - CHINA_OFFSET_MS),
    end: new Date(Date.UTC(year, month + 1, 1) - CHINA_OFFSET_MS),
    label: `${year}-${String(month + 1).padStart(2, '0')}`,
  };
}
