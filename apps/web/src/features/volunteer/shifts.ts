/** Where a shift (班次) stands now: still to come, on now, or over. */
export type ShiftState = 'upcoming' | 'onNow' | 'over';

export function shiftState(shift: { startsAt: string; endsAt: string }, now: Date): ShiftState {
  if (now.getTime() < new Date(shift.startsAt).getTime()) return 'upcoming';
  if (now.getTime() < new Date(shift.endsAt).getTime()) return 'onNow';
  return 'over';
}

/** My team's shifts first, each group in the order they start. */
export function myShiftsFirst<T extends { startsAt: string; team: { code: string } }>(
  shifts: readonly T[],
  teamCode: string | undefined,
): T[] {
  const mine = (shift: T) => (shift.team.code === teamCode ? 0 : 1);
  return [...shifts].sort((a, b) => mine(a) - mine(b) || a.startsAt.localeCompare(b.startsAt));
}

/**
 * The lead's next step for a task (updateVolunteerTaskStatus: OPEN or ACCEPTED → IN_PROGRESS → DONE,
 * never back); none once done. A member's own accept is acceptVolunteerTask.
 */
export function nextTaskStatus(
  status: 'OPEN' | 'ACCEPTED' | 'IN_PROGRESS' | 'DONE',
): 'IN_PROGRESS' | 'DONE' | undefined {
  if (status === 'OPEN' || status === 'ACCEPTED') return 'IN_PROGRESS';
  if (status === 'IN_PROGRESS') return 'DONE';
  return undefined;
}
