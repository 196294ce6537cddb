import { shiftTime } from './shift-label';

describe('a shift’s time', () => {
  it('gives the end’s time only on the same day, and its day too across midnight (Asia/Shanghai)', () => {
    expect(shiftTime({ startsAt: '2024-02-23T08:00:00Z', endsAt: '2024-02-23T14:00:00Z' })).toBe(
      '2024-02-23 16:00 – 22:00',
    );
    expect(shiftTime({ startsAt: '2024-02-23T14:00:00Z', endsAt: '2024-02-23T22:00:00Z' })).toBe(
      '2024-02-23 22:00 – 2024-02-24 06:00',
    );
  });
});
