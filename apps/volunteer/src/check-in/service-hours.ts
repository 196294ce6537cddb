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
