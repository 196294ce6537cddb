import { calendarMonthOf } from '@erqi/shared/util-shanghai-time';

/** Hours between check-in and check-out, to two decimals, as volunteer-hour records are kept. */
export function serviceHours(checkedInAt: Date, checkedOutAt: Date): number {
  const milliseconds = Math.max(0, checkedOutAt.getTime() - checkedInAt.getTime());
  // 36,000 ms is a hundredth of an hour.
  return Math.round(milliseconds / 36_000) / 100;
}

/** The sum of hours over check-ins; each is rounded first, so the total matches the single records. */
export function totalServiceHours(
  checkIns: Array<{ checkedInAt: Date; checkedOutAt: Date | null }>,
): number {
  const hundredths = checkIns.reduce(
    (sum, checkIn) =>
      sum +
      (checkIn.checkedOutAt
        ? Math.round(serviceHours(checkIn.checkedInAt, checkIn.checkedOutAt) * 100)
        : 0),
    0,
  );
  return hundredths / 100;
}

export interface CompletedCheckIn {
  checkedInAt: Date;
  checkedOutAt: Date;
  activityId: string;
}

export interface HoursSummary {
  totalHours: number;
  /** Oldest month first; `month` is e.g. `2024-02`, Asia/Shanghai. */
  byMonth: Array<{ month: string; hours: number }>;
  /** Most hours first. */
  byActivity: Array<{ activityId: string; hours: number }>;
}

/**
 * 服务时长: each check-in → check-out, clipped to [from, until), is cut at the midnight that starts a
 * new month (Asia/Shanghai), so a night shift from 31 January into 1 February counts in both months.
 * Every piece is rounded to hundredths first, so months, activities and the total add up alike.
 */
export function summariseServiceHours(
  checkIns: CompletedCheckIn[],
  from: Date | null,
  until: Date | null,
): HoursSummary {
  const months = new Map<string, number>();
  const activities = new Map<string, number>();
  let total = 0;
  for (const checkIn of checkIns) {
    let start = Math.max(checkIn.checkedInAt.getTime(), from?.getTime() ?? -Infinity);
    const end = Math.min(checkIn.checkedOutAt.getTime(), until?.getTime() ?? Infinity);
    while (start < end) {
      const month = calendarMonthOf(new Date(start));
      const pieceEnd = Math.min(end, month.end.getTime());
      const hundredths = Math.round((pieceEnd - start) / 36_000);
      months.set(month.label, (months.get(month.label) ?? 0) + hundredths);
      activities.set(checkIn.activityId, (activities.get(checkIn.activityId) ?? 0) + hundredths);
      total += hundredths;
      start = pieceEnd;
    }
  }
  return {
    totalHours: total / 100,
    byMonth: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, hundredths]) => ({ month, hours: hundredths / 100 })),
    byActivity: [...activities.entries()]
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([activityId, hundredths]) => ({ activityId, hours: hundredths / 100 })),
  };
}
