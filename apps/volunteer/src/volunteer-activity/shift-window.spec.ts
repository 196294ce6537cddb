import { shiftWindow } from './shift-window';

describe('shiftWindow', () => {
  it('places the hours of a later day of the activity in Shanghai time', () => {
    const { startsAt, endsAt } = shiftWindow('2024-02-23', 1, 16, 22);
    expect(startsAt.toISOString()).toBe('2024-02-24T08:00:00.000Z');
    expect(endsAt.toISOString()).toBe('2024-02-24T14:00:00.000Z');
  });
});
