/** One year of the collective enterprise as the board shows it: what it earned against what was planned. */
export interface RevenueAgainstPlan {
  year: number;
  /** Revenue recorded for the year, null while none is. */
  revenueYuan: number | null;
  /** The plan for the year, as recorded with the year before (`plannedRevenueNextYearYuan`). */
  planYuan: number | null;
  /** Revenue over plan, null unless both are known. */
  attainment: number | null;
}

interface YearRow {
  year: number;
  revenueYuan: number;
  plannedRevenueNextYearYuan: number;
}

/**
 * The recorded years and the year after the last (whose plan is known before its revenue), oldest
 * first: a year's plan is what the year before said of it.
 */
export function revenueAgainstPlan(rows: readonly YearRow[]): RevenueAgainstPlan[] {
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((row) => [row.year, row]));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const first = years[0] as number;
  const last = (years[years.length - 1] as number) + 1;
  const result: RevenueAgainstPlan[] = [];
  for (let year = first; year <= last; year += 1) {
    const revenueYuan = byYear.get(year)?.revenueYuan ?? null;
    const planYuan = byYear.get(year - 1)?.plannedRevenueNextYearYuan ?? null;
    if (revenueYuan === null && planYuan === null) continue;
    result.push({
      year,
      revenueYuan,
      planYuan,
      attainment: revenueYuan !== null && planYuan ? revenueYuan / planYuan : null,
    });
  }
  return result;
}

/** 4000000 → `400万元` in Chinese, `¥4,000,000` otherwise. */
export function formatYuan(value: number, language: string): string {
  if (language.startsWith('zh')) {
    const wan = value / 10_000;
    return value >= 10_000
      ? `${Number.isInteger(wan) ? wan : wan.toFixed(1)}万元`
      : `${new Intl.NumberFormat('zh-CN').format(value)}元`;
  }
  return new Intl.NumberFormat('en', {
    style: 'currency',
    currency: 'CNY',
    maximumFractionDigits: 0,
  }).format(value);
}
