import { WorkingCalendar } from './working-calendar';
import { addWorkingDuration, parseWorkingDuration } from './working-duration';

/** Local time in Asia/Shanghai, as the offices read it. */
const cst = (local: string): Date => new Date(`${local}+08:00`);

// A few dates of the 2024 notice: National Day (Oct 1–7, make-up Sun Sep 29 and Sat Oct 12),
// Mid-Autumn (Sep 15–17, make-up Sat Sep 14), Spring Festival (Feb 10–17, make-up Sun Feb 4 and Sun Feb 18).
const calendar = new WorkingCalendar({
  holidays: [
    '2024-09-15',
    '2024-09-16',
    '2024-09-17',
    ...[1, 2, 3, 4, 5, 6, 7].map((day) => `2024-10-0${day}`),
    ...[10, 11, 12, 13, 14, 15, 16, 17].map((day) => `2024-02-${day}`),
  ],
  workdays: ['2024-09-14', '2024-09-29', '2024-10-12', '2024-02-04', '2024-02-18'],
});

describe('WorkingCalendar (Asia/Shanghai, 09:00–17:00)', () => {
  it('knows weekdays, weekends, holidays and make-up working days', () => {
    expect(calendar.isWorkingDay('2024-03-01')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2024-03-02')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2024-10-02')).toBe(false); // Wednesday, National Day
    expect(calendar.isWorkingDay('2024-10-12')).toBe(true); // Saturday, made up
    expect(calendar.hoursPerDay).toBe(8);
  });

  describe('across a weekend', () => {
    it('adds working days from Friday to Monday at the same time of day', () => {
      expect(calendar.addWorkingDays(cst('2024-03-01T15:00:00'), 1)).toEqual(
        cst('2024-03-04T15:00:00'),
      );
      expect(calendar.addWorkingDays(cst('2024-03-01T15:00:00'), 5)).toEqual(
        cst('2024-03-08T15:00:00'),
      );
    });

    it('adds working hours, leaving out the night and the weekend', () => {
      expect(calendar.addWorkingHours(cst('2024-03-01T15:00:00'), 4)).toEqual(
        cst('2024-03-04T11:00:00'),
      );
      expect(calendar.addWorkingHours(cst('2024-03-04T09:00:00'), 8)).toEqual(
        cst('2024-03-04T17:00:00'),
      );
    });

    it('starts counting at the next working morning when asked outside working time', () => {
      expect(calendar.addWorkingDays(cst('2024-03-02T10:00:00'), 1)).toEqual(
        cst('2024-03-05T09:00:00'),
      ); // Saturday
      expect(calendar.addWorkingHours(cst('2024-03-01T20:00:00'), 1)).toEqual(
        cst('2024-03-04T10:00:00'),
      ); // Friday night
      expect(calendar.addWorkingHours(cst('2024-03-05T04:00:00'), 1)).toEqual(
        cst('2024-03-05T10:00:00'),
      ); // before dawn, a UTC date earlier
      expect(calendar.addWorkingDays(cst('2024-03-02T10:00:00'), 0)).toEqual(
        cst('2024-03-04T09:00:00'),
      );
    });
  });

  describe('across a holiday', () => {
    it('skips the National Day week', () => {
      expect(calendar.addWorkingDays(cst('2024-09-30T10:00:00'), 1)).toEqual(
        cst('2024-10-08T10:00:00'),
      );
      expect(calendar.addWorkingHours(cst('2024-09-30T16:00:00'), 2)).toEqual(
        cst('2024-10-08T10:00:00'),
      );
    });

    it('skips the Spring Festival and works its make-up Sunday', () => {
      expect(calendar.addWorkingDays(cst('2024-02-09T10:00:00'), 1)).toEqual(
        cst('2024-02-18T10:00:00'),
      );
    });
  });

  describe('across a make-up Saturday (调休)', () => {
    it('counts the Saturday after National Day as a working day', () => {
      expect(calendar.addWorkingDays(cst('2024-10-11T10:00:00'), 1)).toEqual(
        cst('2024-10-12T10:00:00'),
      );
    });

    it('counts the Saturday before Mid-Autumn, then skips the festival', () => {
      expect(calendar.addWorkingHours(cst('2024-09-13T16:00:00'), 2)).toEqual(
        cst('2024-09-14T10:00:00'),
      );
      expect(calendar.addWorkingDays(cst('2024-09-13T10:00:00'), 2)).toEqual(
        cst('2024-09-18T10:00:00'),
      );
    });
  });

  it('refuses negative amounts and a working day that ends before it starts', () => {
    expect(() => calendar.addWorkingHours(new Date(), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(new Date(), 1.5)).toThrow(RangeError);
    expect(() => new WorkingCalendar({ dayStartHour: 18, dayEndHour: 9 })).toThrow(RangeError);
  });

  it('reads durations as configuration writes them', () => {
    expect(parseWorkingDuration('8h', 'X')).toEqual({ workingHours: 8 });
    expect(parseWorkingDuration(' 5d ', 'X')).toEqual({ workingDays: 5 });
    expect(() => parseWorkingDuration('5', 'X')).toThrow(/X must be/);
    expect(() => parseWorkingDuration('1.5d', 'X')).toThrow(/whole/);
    expect(addWorkingDuration(calendar, cst('2024-03-01T15:00:00'), { workingDays: 1 })).toEqual(
      cst('2024-03-04T15:00:00'),
    );
  });
});

describe('the working time left before a deadline (countdowns)', () => {
  const left = (from: string, to: string): number =>
    calendar.workingMillisecondsBetween(cst(from), cst(to)) / 60_000;

  it('counts the minutes of one working afternoon: 3 hours 20 minutes', () => {
    expect(left('2024-03-01T12:40:00', '2024-03-01T16:00:00')).toBe(200);
  });

  it('does not count the night, the weekend or the hours before 09:00', () => {
    // Friday 16:00 → Monday 10:00: one hour on Friday, one on Monday.
    expect(left('2024-03-01T16:00:00', '2024-03-04T10:00:00')).toBe(120);
    expect(left('2024-03-04T07:00:00', '2024-03-04T09:30:00')).toBe(30);
  });

  it('skips a public holiday and counts a make-up Saturday (调休)', () => {
    // Sat Sep 14 (worked) 16:00 → Wed Sep 18 10:00, across Mid-Autumn (Sep 15–17).
    expect(left('2024-09-14T16:00:00', '2024-09-18T10:00:00')).toBe(120);
  });

  it('is zero once the deadline has passed, and agrees with adding working hours', () => {
    expect(left('2024-03-01T16:00:00', '2024-03-01T15:00:00')).toBe(0);
    const from = cst('2024-09-13T15:30:00');
    const due = calendar.addWorkingHours(from, 4);
    expect(calendar.workingMillisecondsBetween(from, due)).toBe(4 * 3_600_000);
  });
});
