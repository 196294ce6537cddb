/** 排班 for the lead: who is on a shift and where they stand, the forms' times, the server's field. */

export interface SignUpLike {
  volunteer: { id: string; name: string };
}

export interface CheckInLike {
  checkedInAt: string;
  checkedOutAt: string | null;
  volunteer: { id: string };
}

/** A signed-up member's attendance on a shift: not yet in, on it, or done (签退). */
export type Attendance = 'notIn' | 'in' | 'out';

export function attendanceOf(checkIns: readonly CheckInLike[], volunteerId: string): Attendance {
  const checkIn = checkIns.find((candidate) => candidate.volunteer.id === volunteerId);
  if (!checkIn) return 'notIn';
  return checkIn.checkedOutAt ? 'out' : 'in';
}

/** Active members not yet on the shift, to sign one up. */
export function membersToSignUp<M extends { id: string; active: boolean }>(
  members: readonly M[],
  signUps: readonly SignUpLike[],
): M[] {
  const on = new Set(signUps.map((signUp) => signUp.volunteer.id));
  return members.filter((member) => member.active && !on.has(member.id));
}

/**
 * A `datetime-local` value read as Asia/Shanghai wall time (`2024-02-23T16:00` → `…T08:00:00.000Z`),
 * whatever the device's zone; undefined when it is not one.
 */
export function shanghaiInputToIso(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}:00+08:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The form field a server error names: `endsAt` from `endsAt` or `input.endsAt`. */
export function fieldName(field: string | undefined): string | undefined {
  return field?.split('.').pop();
}

/** Tasks for the lead: 已上报 (escalated) first, then open before taken, then the nearest due. */
export function leadTaskOrder<
  T extends { escalatedAt: string | null; status: string; dueAt: string },
>(tasks: readonly T[]): T[] {
  const rank = (task: T) => (task.status === 'DONE' ? 2 : task.status === 'OPEN' ? 0 : 1);
  return [...tasks].sort(
    (a, b) =>
      Number(b.escalatedAt !== null && b.status !== 'DONE') -
        Number(a.escalatedAt !== null && a.status !== 'DONE') ||
      rank(a) - rank(b) ||
      new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime(),
  );
}
