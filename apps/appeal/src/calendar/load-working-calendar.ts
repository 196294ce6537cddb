import type { DataSource, EntityManager } from 'typeorm';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity';
import { WorkingCalendar, type WorkingCalendarOptions } from '@erqi/shared/util-working-calendar';

/** The working calendar of the `calendar_day` table (holidays and make-up working days); read once at start-up. */
export async function loadWorkingCalendar(
  source: DataSource | EntityManager,
  options: Omit<WorkingCalendarOptions, 'holidays' | 'workdays'> = {},
): Promise<WorkingCalendar> {
  const days = await source.getRepository(CalendarDay).find();
  return new WorkingCalendar({
    ...options,
    holidays: days.filter((day) => day.kind === CalendarDayKind.HOLIDAY).map((day) => day.date),
    workdays: days.filter((day) => day.kind === CalendarDayKind.WORKDAY).map((day) => day.date),
  });
}
