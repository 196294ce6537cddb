import { type Caller, Role } from '@erqi/shared/util-auth';

/**
 * Whose sign-ups and check-ins on a shift a caller sees (docs/ACCESS.md): the team's lead, supervisors
 * and admins all of them, a VOLUNTEER its own only, everyone else none.
 */
export type ShiftPeopleView =
  { kind: 'all' } | { kind: 'own'; volunteerId: string } | { kind: 'none' };

export function shiftPeopleView(caller: Caller, teamCode: string | undefined): ShiftPeopleView {
  if (caller.kind !== 'user') return { kind: 'none' };
  if (caller.role === Role.SUPERVISOR || caller.role === Role.ADMIN) return { kind: 'all' };
  if (caller.role === Role.VOLUNTEER_LEAD && caller.teamCode && caller.teamCode === teamCode)
    return { kind: 'all' };
  if (caller.role === Role.VOLUNTEER && caller.volunteerId)
    return { kind: 'own', volunteerId: caller.volunteerId };
  return { kind: 'none' };
}

/** The rows of a shift the view lets through. */
export function visibleRows<T extends { volunteerId: string }>(
  rows: T[],
  view: ShiftPeopleView,
): T[] {
  if (view.kind === 'all') return rows;
  if (view.kind === 'own') return rows.filter((row) => row.volunteerId === view.volunteerId);
  return [];
}

/** The VOLUNTEER caller's own id, else null (for Shift.mySignUp and myCheckIn). */
export function ownVolunteerId(caller: Caller): string | null {
  return caller.kind === 'user' && caller.role === Role.VOLUNTEER
    ? (caller.volunteerId ?? null)
    : null;
}
