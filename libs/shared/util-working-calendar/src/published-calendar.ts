import { chinaHolidayData, type HolidayData } from './china-holidays';
import { WorkingCalendar, type WorkingCalendarOptions } from './working-calendar';

/**
 * The working calendar of the published holiday notices alone (`chinese-days`), for a service that
 * keeps no calendar years of its own: the years an ADMIN sets live in the appeal service and reach
 * no other service yet, so such a service counts in the national calendar as published.
 */
export function publishedWorkingCalendar(
  options: Omit<WorkingCalendarOptions, 'holidays' | 'workdays' | 'knownYears'> = {},
  published: HolidayData = chinaHolidayData(),
): WorkingCalendar {
  return new WorkingCalendar({
    ...options,
    holidays: published.holidays,
    workdays: published.workdays,
    knownYears: published.years,
  });
}
