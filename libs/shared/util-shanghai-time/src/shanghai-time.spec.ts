import { addDays, calendarMonthOf, shanghaiDateOf, shanghaiInstant } from './shanghai-time';

describe('addDays', () => {
  it('crosses month ends and the leap day', () => {
    expect(addDays('2024-02-23', 2)).toBe('2024-02-25');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
  });
});

describe('shanghaiInstant and shanghaiDateOf', () => {
  it('places an hour in Shanghai time, eight hours ahead of UTC', () => {
    expect(shanghaiInstant('2024-02-24', 16).toISOString()).toBe('2024-02-24T08:00:00.000Z');
  });

  it('keeps a pre-dawn hour on its own calendar day', () => {
    const sixInTheMorning = shanghaiInstant('2024-02-23', 6);
    expect(sixInTheMorning.toISOString()).toBe('2024-02-22T22:00:00.000Z');
    expect(shanghaiDateOf(sixInTheMorning)).toBe('2024-02-23');
  });
});

describe('calendarMonthOf', () => {
  it('counts months in Shanghai time: 16:00 UTC on the last day is already the next month', () => {
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
