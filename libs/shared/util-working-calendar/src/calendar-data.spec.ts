import type { Clock } from '@erqi/shared/util-clock';
import { calendarDataWarning } from './calendar-data-warning';
import { CHINA_HOLIDAY_SOURCE, chinaHolidayData } from './china-holidays';
import { WorkingCalendar } from './working-calendar';

const cst = (local: string): Date => new Date(`${local}+08:00`);

/** A clock the test moves; nothing sleeps. */
function movableClock(start: string): Clock & { moveTo(local: string): void } {
  let now = cst(start);
  const clock = (): Date => now;
  return Object.assign(clock, { moveTo: (local: string) => void (now = cst(local)) });
}

describe('the published holiday data', () => {
  const data = chinaHolidayData();
  const calendar = new WorkingCalendar({ ...data, knownYears: data.years });

  it('covers 2026 from the chinese-days package, with its 调休', () => {
    expect(CHINA_HOLIDAY_SOURCE).toMatch(/^chinese-days@\d+\.\d+\.\d+$/);
    expect(data.years).toContain(2026);
    expect(calendar.isWorkingDay('2026-02-17')).toBe(false); // Tuesday, Spring Festival
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday, made up
    expect(calendar.isWorkingDay('2026-10-02')).toBe(false); // National Day
    expect(calendar.lastKnownDate).toBe(`${Math.max(...data.years)}-12-31`);
  });
});

describe('a calendar that knows where its data ends', () => {
  const provisional: string[] = [];
  const calendar = new WorkingCalendar({
    holidays: ['2026-10-01', '2026-10-02'],
    knownYears: [2025, 2026],
    onBeyondKnownData: (date) => void provisional.push(date),
  });

  it('warns from 60 days before the last known date, counting down, and says when it has ended', () => {
    const clock = movableClock('2026-10-01T10:00:00');
    expect(calendarDataWarning(calendar, clock())).toBeUndefined(); // 91 days left
    clock.moveTo('2026-11-01T10:00:00');
    expect(calendarDataWarning(calendar, clock())).toMatchObject({
      code: 'WORKING_CALENDAR_ENDING',
      lastKnownDate: '2026-12-31',
      daysLeft: 60,
    });
    clock.moveTo('2026-12-31T23:30:00');
    expect(calendarDataWarning(calendar, clock())?.daysLeft).toBe(0);
    clock.moveTo('2027-01-05T09:00:00');
    const ended = calendarDataWarning(calendar, clock());
    expect(ended).toMatchObject({ code: 'WORKING_CALENDAR_ENDED', daysLeft: -5 });
    expect(ended?.message).toMatch(/setWorkingCalendarYear/);
  });

  it('counts an unknown year on weekends only and reports every provisional day it crossed', () => {
    provisional.length = 0;
    // Thursday 2026-12-31 + 2 working days: Friday 2027-01-01 and Monday 2027-01-04 (weekend skipped).
    expect(calendar.addWorkingDays(cst('2026-12-31T10:00:00'), 2)).toEqual(
      cst('2027-01-04T10:00:00'),
    );
    expect(provisional).toContain('2027-01-01');
    expect(provisional).toContain('2027-01-04');
    // A known year reports nothing.
    provisional.length = 0;
    calendar.addWorkingDays(cst('2026-09-30T10:00:00'), 1);
    expect(provisional).toEqual([]);
  });
});
