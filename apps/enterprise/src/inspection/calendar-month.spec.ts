import { calendarMonthOf } from './calendar-month';

describe('calendarMonthOf', () => {
  it('counts months in Beijing time: 16:00 UTC on the last day is already the next month', () => {
    expect(calendarMonthOf(new Date('2024-03-31T15:59:59Z')).label).toBe('2024-03');
    expect(calendarMonthOf(new Date('2024-03-31T16:00:00Z')).label).toBe('2024-04');
  });

  it('gives the first instants of the month and of the next, across a year end', () => {
    expect(calendarMonthOf(new Date('2024-12-15T00:00:00Z'))).toEqual({
      start: new Date('2024-11-30T16:00:00Z'),
      end: new Date('2024-12-31T16:00:00Z'),
      label: '2024-12',
    });
  });
});
