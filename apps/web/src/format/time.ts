/** Times are shown in Asia/Shanghai on a 24-hour clock, `2024-03-07 14:30`, whatever the device's zone. */
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatShanghai(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  const byType = Object.fromEntries(
    parts.formatToParts(date).map((part) => [part.type, part.value]),
  );
  return `${byType['year']}-${byType['month']}-${byType['day']} ${byType['hour']}:${byType['minute']}`;
}

/** The calendar day in Shanghai, `2024-03-07`. */
export function shanghaiDay(date: Date): string {
  return formatShanghai(date).slice(0, 10);
}

/** Where a case stands against its deadline: the colour and the word printed beside it. */
export type DueState = 'overdue' | 'dueToday' | 'onTime' | 'closed';

export function dueState(options: { dueAt: string | null; closed: boolean; now: Date }): DueState {
  if (options.closed) return 'closed';
  if (!options.dueAt) return 'onTime';
  const due = new Date(options.dueAt);
  if (due.getTime() <= options.now.getTime()) return 'overdue';
  return shanghaiDay(due) === shanghaiDay(options.now) ? 'dueToday' : 'onTime';
}

/** A duration as hours and minutes, for countdowns: `{ hours: 3, minutes: 20 }`. */
export function hoursAndMinutes(milliseconds: number): { hours: number; minutes: number } {
  const totalMinutes = Math.max(0, Math.floor(milliseconds / 60_000));
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/** Large figures on the board in 万 where natural: 86000 → `8.6万` (zh-CN), `86,000` otherwise. */
export function formatCount(value: number, language: string): string {
  if (language.startsWith('zh') && Math.abs(value) >= 10_000) {
    const wan = value / 10_000;
    return `${Number.isInteger(wan) ? wan : wan.toFixed(1)}万`;
  }
  return new Intl.NumberFormat(language).format(value);
}
