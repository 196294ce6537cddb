import { currentShanghaiMonth } from './month';

describe('currentShanghaiMonth', () => {
  it('is already the next month in Shanghai at 16:00 UTC on the last day', () => {
    expect(currentShanghaiMonth(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12');
    expect(currentShanghaiMonth(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01');
  });
});
