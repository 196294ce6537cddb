/** Beijing time is UTC+8 all year (no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 3_600_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An instant as GeoReport v2 writes datetimes: ISO 8601 with the offset, here Beijing time (+08:00). */
export function w3cDateTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + BEIJING_OFFSET_MS);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

/**
 * The due time in words (`service_notice`), in Beijing time, then in figures for a Chinese reader.
 * Written by hand rather than with Intl so that the words do not change with the runtime's ICU data.
 */
export function serviceNotice(dueAt: string): string {
  const local = new Date(new Date(dueAt).getTime() + BEIJING_OFFSET_MS);
  const time = local.toISOString().slice(11, 16);
  const words = `${WEEKDAYS[local.getUTCDay()]} ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} at ${time}`;
  return `To be resolved by ${words} (Beijing time); 办理时限 ${local.toISOString().slice(0, 10)} ${time}`;
}
