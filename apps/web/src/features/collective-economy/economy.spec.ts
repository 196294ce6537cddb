import { formatYuan, revenueAgainstPlan } from './economy';

describe('集体经济 on the board', () => {
  it('sets each year against the plan the year before made for it, and shows the planned year to come', () => {
    expect(
      revenueAgainstPlan([
        { year: 2023, revenueYuan: 4_000_000, plannedRevenueNextYearYuan: 5_000_000 },
      ]),
    ).toEqual([
      { year: 2023, revenueYuan: 4_000_000, planYuan: null, attainment: null },
      { year: 2024, revenueYuan: null, planYuan: 5_000_000, attainment: null },
    ]);
  });

  it('reads the attainment once the planned year has its revenue, in year order whatever the input order', () => {
    const rows = revenueAgainstPlan([
      { year: 2024, revenueYuan: 5_500_000, plannedRevenueNextYearYuan: 6_000_000 },
      { year: 2023, revenueYuan: 4_000_000, plannedRevenueNextYearYuan: 5_000_000 },
    ]);
    expect(rows.map((row) => row.year)).toEqual([2023, 2024, 2025]);
    expect(rows[1]).toMatchObject({ planYuan: 5_000_000, attainment: 1.1 });
  });

  it('writes yuan in 万 for Chinese readers', () => {
    expect(formatYuan(4_000_000, 'zh-CN')).toBe('400万元');
    expect(formatYuan(1_250_000, 'zh-CN')).toBe('125万元');
    expect(formatYuan(4_000_000, 'en')).toBe('CN¥4,000,000');
  });
});
