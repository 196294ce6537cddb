/** The part of an `appealFigures` row the board draws (零超时). */
export interface FigureRowLike {
  key: string;
  total: number;
  resolvedCount: number;
  onTimeCount: number;
  onTimeRate: number | null;
  averageSatisfaction: number | null;
  overdueCount: number;
}

/** The whole picture: sums of the rows, and the on-time rate of the sums (not a mean of rates). */
export interface FigureTotals {
  total: number;
  resolved: number;
  overdue: number;
  /** 按时办结率, 0 to 1; null when nothing is resolved. */
  onTimeRate: number | null;
}

export function totalsOf(rows: readonly FigureRowLike[]): FigureTotals {
  const sum = (pick: (row: FigureRowLike) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  const resolved = sum((row) => row.resolvedCount);
  return {
    total: sum((row) => row.total),
    resolved,
    overdue: sum((row) => row.overdueCount),
    onTimeRate: resolved === 0 ? null : sum((row) => row.onTimeCount) / resolved,
  };
}

/** A rate as a whole percentage for a chart or a tile: 0.875 → 87.5; null stays null (no bar). */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** The series one grouping's chart draws, in the rows' order, each row labelled by `label`. */
export function chartSeries<T extends FigureRowLike>(
  rows: readonly T[],
  label: (row: T) => string,
) {
  return {
    labels: rows.map(label),
    onTimeRate: rows.map((row) => percent(row.onTimeRate)),
    satisfaction: rows.map((row) =>
      row.averageSatisfaction === null ? null : Math.round(row.averageSatisfaction * 100) / 100,
    ),
    overdue: rows.map((row) => row.overdueCount),
  };
}
