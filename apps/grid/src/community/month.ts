import { BadUserInput } from '@erqi/shared/util-errors';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar month "YYYY-MM" and its first day; BAD_USER_INPUT on `field` otherwise. */
export function parseMonth(month: string, field = 'month'): { month: string; firstDay: string } {
  if (!MONTH.test(month)) throw new BadUserInput(field, 'A month is written YYYY-MM, e.g. 2026-12');
  return { month, firstDay: `${month}-01` };
}

/** A real calendar date "YYYY-MM-DD"; BAD_USER_INPUT on `field` otherwise. */
export function parseDate(date: string, field: string): string {
  const match = DATE.exec(date);
  const parsed = match ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new BadUserInput(field, 'A date is written YYYY-MM-DD and must exist, e.g. 2026-12-01');
  return date;
}

/** A date not after today (Asia/Shanghai): life events and births are recorded once they happened. */
export function notInFuture(date: string, today: string, field: string): string {
  parseDate(date, field);
  if (date > today) throw new BadUserInput(field, `${date} is in the future (today is ${today})`);
  return date;
}

/** Whole years from `birthDate` to `on`, both ISO dates (a 29 February birthday falls on 28 February). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return (
    y -
    by -
    (m < bm || (m === bm && d < bd && !(bm === 2 && bd === 29 && d === 28 && !isLeap(y))) ? 1 : 0)
  );
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
