/** This month in Asia/Shanghai, "YYYY-MM" (the allowance and the birthday list go by it). */
export function currentShanghaiMonth(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 7);
}
