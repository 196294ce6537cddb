import type { DataSource, EntityManager } from 'typeorm';
import {
  chinaHolidayData,
  type HolidayData,
  WorkingCalendar,
  type WorkingCalendarOptions,
} from '@erqi/shared/util-working-calendar';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity';
import { CalendarYear } from './calendar-year.entity';

/**
 * The working calendar: the published holidays (chinese-days) for the years they cover, replaced year
 * by year by the years an ADMIN set in `calendar_year`/`calendar_day`. A year in neither is unknown:
 * deadlines across it are provisional (see WorkingCalendar's `knownYears`).
 */
export async function loadWorkingCalendar(
  source: DataSource | EntityManager,
  options: Omit<WorkingCalendarOptions, 'holidays' | 'workdays' | 'knownYears'> = {},
  published: HolidayData = chinaHolidayData(),
): Promise<WorkingCalendar> {
  const setYears = new Set(
    (await source.getRepository(CalendarYear).find()).map((year) => year.year),
  );
  const days = await source.getRepository(CalendarDay).find();
  const ownYear = (date: string): boolean => setYears.has(Number(date.slice(0, 4)));
  const fromDatabase = (kind: CalendarDayKind): string[] =>
    days.filter((day) => day.kind === kind && ownYear(day.date)).map((day) => day.date);
  return new WorkingCalendar({
    ...options,
    holidays: [
      ...published.holidays.filter((date) => !ownYear(date)),
      ...fromDatabase(CalendarDayKind.HOLIDAY),
    ],
    workdays: [
      ...published.workdays.filter((date) => !ownYear(date)),
      ...fromDatabase(CalendarDayKind.WORKDAY),
    ],
    knownYears: [...published.years, ...setYears],
  });
}
