import { addDays, shiftWindow } from './shanghai-time';

describe('addDays', () => {
  it('crosses month ends and the leap day', () => {
    expect(addDays('2024-02-23', 2)).toBe('2024-02-25');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
  });
});

describe('shiftWindow', () => {
  it('places the hours in Shanghai time, eight hours ahead of UTC', () => {
    const { startsAt, endsAt } = shiftWindow('2024-02-23', 1, 16, 22);
    expect(startsAt.toISOString()).toBe('2024-02-24T08:00:00.000Z');
    expect(endsAt.toISOString()).toBe('2024-02-24T14:00:00.000Z');
  });

  it('keeps a pre-dawn shift on its own calendar day', () => {
    expect(shiftWindow('2024-02-23', 0, 6, 12).startsAt.toISOString()).toBe('2024-02-22T22:00:00.000Z');
  });
});
