import type { DueState } from '../../format/time';
import { dueState } from '../../format/time';

/** Where a note stands: answered (closed), or unanswered against its `respondBy` (overdue once past it). */
export function adviceDueState(
  note: { respondBy: string; response?: string | null },
  now: Date,
): DueState {
  return dueState({ dueAt: note.respondBy, closed: Boolean(note.response), now });
}

/** The day after tomorrow at 18:00 Shanghai time, as the form's first suggestion (`YYYY-MM-DDTHH:mm`). */
export function suggestedRespondBy(now: Date): string {
  const day = new Date(now.getTime() + 8 * 3_600_000 + 2 * 86_400_000).toISOString().slice(0, 10);
  return `${day}T18:00`;
}

/** A `datetime-local` value read as Shanghai time (UTC+8, no daylight saving), as an ISO instant. */
export function shanghaiLocalToIso(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const instant = new Date(`${value}:00+08:00`);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/** Who wrote or answered, by name: the server's actor reads `ROLE:name` (e.g. `ADVISER:顾问团成员 一号`). */
export function actorName(actor: string): string {
  return actor.replace(/^[A-Z_]+:/, '');
}
