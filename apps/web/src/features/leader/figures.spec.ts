import { chartSeries, percent, totalsOf } from './figures';

const row = (key: string, overrides: Partial<Parameters<typeof totalsOf>[0][number]> = {}) => ({
  key,
  total: 10,
  resolvedCount: 4,
  onTimeCount: 3,
  onTimeRate: 0.75,
  averageSatisfaction: 4.5,
  overdueCount: 1,
  ...overrides,
});

describe("the leader's board figures (零超时)", () => {
  it('adds the groups up and takes the on-time rate of the sums, not the mean of the rates', () => {
    const totals = totalsOf([
      row('URBAN_MANAGEMENT'),
      row('MARKET_REGULATION', {
        total: 2,
        resolvedCount: 1,
        onTimeCount: 0,
        onTimeRate: 0,
        overdueCount: 2,
      }),
    ]);
    expect(totals).toEqual({ total: 12, resolved: 5, overdue: 3, onTimeRate: 0.6 });
  });

  it('has no on-time rate while nothing is resolved, rather than 0 %', () => {
    expect(
      totalsOf([row('X', { resolvedCount: 0, onTimeCount: 0, onTimeRate: null })]).onTimeRate,
    ).toBeNull();
    expect(totalsOf([]).onTimeRate).toBeNull();
  });

  it('draws rates as percentages, leaves a gap where a group has none, and keeps the order', () => {
    const series = chartSeries(
      [row('A'), row('B', { onTimeRate: null, averageSatisfaction: null, overdueCount: 0 })],
      (figure) => `部门${figure.key}`,
    );
    expect(series).toEqual({
      labels: ['部门A', '部门B'],
      onTimeRate: [75, null],
      satisfaction: [4.5, null],
      overdue: [1, 0],
    });
    expect(percent(0.8751)).toBe(87.5);
  });
});
