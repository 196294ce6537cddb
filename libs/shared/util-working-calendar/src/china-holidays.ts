import chineseDays from 'chinese-days/dist/chinese-days.json';
import chineseDaysPackage from 'chinese-days/package.json';

/** Holidays and make-up working days of some years, as a calendar loads them. */
export interface HolidayData {
  /** The years the data covers in full. */
  years: number[];
  /** Public holidays (法定节假日), `YYYY-MM-DD`. */
  holidays: string[];
  /** Make-up working days (调休上班), `YYYY-MM-DD`. */
  workdays: string[];
}

/** Where the published data comes from, as the calendar's health answer names it. */
export const CHINA_HOLIDAY_SOURCE = `chinese-days@${chineseDaysPackage.version}`;

/**
 * The State Council's holiday notices (国务院办公厅关于部分节假日安排的通知) as the `chinese-days` npm
 * package publishes them (maintained, a release within days of each notice; MIT). A year counts as
 * covered when the package has holidays in it: a notice always gives some.
 */
export function chinaHolidayData(): HolidayData {
  const holidays = Object.keys(chineseDays.holidays).sort();
  const workdays = Object.keys(chineseDays.workdays).sort();
  const years = [...new Set(holidays.map((date) => Number(date.slice(0, 4))))].sort(
    (a, b) => a - b,
  );
  return { years, holidays, workdays };
}
