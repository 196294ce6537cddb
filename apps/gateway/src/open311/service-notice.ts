/** An instant as GeoReport v2 writes datetimes: ISO 8601 with the offset, here Beijing time (+08:00). */
export function w3cDateTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

const WORDS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The due time in words (`service_notice`): when the case must be resolved by, in Beijing time. */
export function serviceNotice(dueAt: string): string {
  return `To be resolved by ${WORDS.format(new Date(dueAt))} (Beijing time); 办理时限 ${w3cDateTime(dueAt).slice(0, 16).replace('T', ' ')}`;
}
