import { daysLeft, promiseClock } from './promise-clock';

describe('a promise on the clock', () => {
  it('is overdue once its day is past, whatever the sweep has done yet', () => {
    expect(promiseClock('PENDING', '2024-04-10', '2024-04-11')).toBe('overdue');
    expect(promiseClock('OVERDUE', '2024-04-10', '2024-04-11')).toBe('overdue');
  });
  it('is due today on its day, on time before, and done when fulfilled (late or not)', () => {
    expect(promiseClock('PENDING', '2024-04-10', '2024-04-10')).toBe('dueToday');
    expect(promiseClock('PENDING', '2024-04-10', '2024-04-01')).toBe('onTime');
    expect(promiseClock('FULFILLED', '2024-04-10', '2024-05-01')).toBe('fulfilled');
    expect(daysLeft('2024-04-10', '2024-04-01')).toBe(9);
  });
});
