import { actorOf, type UserCaller } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput } from '@erqi/shared/util-errors';
import type { DataSource } from 'typeorm';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity';
import { CalendarYear } from './calendar-year.entity';
import type { WorkingCalendarYearInput } from './calendar.input';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A year as set: what the mutation answers. */
export interface SetCalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
  setBy: string;
  setAt: Date;
}

/** Sets a year of the working calendar in the database, and puts the new calendar to use at once. */
export class CalendarService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      clock: Clock;
      /** Told once the year is stored: reloads the calendar, so deadlines from now on are counted in it. */
      onChanged: () => Promise<void>;
    },
  ) {}

  async setYear(caller: UserCaller, input: WorkingCalendarYearInput): Promise<SetCalendarYear> {
    const { year } = input;
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new BadUserInput('year', `year must be a year between 2000 and 2100, not ${year}`);
    const holidays = checkedDates(input.holidays, year, 'holidays');
    const workdays = checkedDates(input.workdays, year, 'workdays');
    if (holidays.length === 0)
      throw new BadUserInput('holidays', `a year has public holidays; none were given for ${year}`);
    const both = workdays.filter((date) => holidays.includes(date));
    if (both.length > 0)
      throw new BadUserInput(
        'workdays',
        `${both.join(', ')} cannot be both a holiday and a workday`,
      );
    const weekday = workdays.filter((date) => ![0, 6].includes(new Date(date).getUTCDay()));
    if (weekday.length > 0)
      throw new BadUserInput(
        'workdays',
        `a make-up working day (调休) falls on a Saturday or Sunday; ${weekday.join(', ')} is a weekday`,
      );
    const setBy = actorOf(caller);
    const setAt = this.deps.clock();
    await this.deps.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .delete()
        .from(CalendarDay)
        .where(`date >= :from AND date <= :to`, { from: `${year}-01-01`, to: `${year}-12-31` })
        .execute();
      await manager.insert(CalendarDay, [
        ...holidays.map((date) => ({ date, kind: CalendarDayKind.HOLIDAY, name: '法定节假日' })),
        ...workdays.map((date) => ({ date, kind: CalendarDayKind.WORKDAY, name: '调休上班' })),
      ]);
      await manager.upsert(CalendarYear, { year, setBy, setAt }, ['year']);
    });
    await this.deps.onChanged();
    return { year, holidays, workdays, setBy, setAt };
  }
}

/** Real dates of `year`, each once, in order; else BAD_USER_INPUT on `field`. */
function checkedDates(dates: string[], year: number, field: string): string[] {
  for (const date of dates) {
    const parsed = new Date(`${date}T00:00:00.000Z`);
    const real =
      ISO_DATE.test(date) &&
      !Number.isNaN(parsed.getTime()) &&
      parsed.toISOString().slice(0, 10) === date;
    if (!real) throw new BadUserInput(field, `${JSON.stringify(date)} is not a date (YYYY-MM-DD)`);
    if (parsed.getUTCFullYear() !== year)
      throw new BadUserInput(field, `${date} is not in ${year}`);
  }
  return [...new Set(dates)].sort();
}
