import type { TFunction } from 'i18next';
import { formatShanghai } from '../../format/time';

/** `2024-02-23 16:00 – 22:00`, or the end's day too when the shift runs past midnight. */
export function shiftTime(shift: { startsAt: string; endsAt: string }): string {
  const start = formatShanghai(shift.startsAt);
  const end = formatShanghai(shift.endsAt);
  return `${start} – ${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end}`;
}

/** `秩序维护 · 北门广场`: the post's duty (the seed's words) and its place. */
export function postLabel(t: TFunction, post: { duty: string; place: string }): string {
  return `${t(`volunteer:duty.${post.duty}`)} · ${post.place}`;
}
