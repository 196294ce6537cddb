import { type Caller, requireRole, requireUser, Role } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';
import type { SelectQueryBuilder } from 'typeorm';
import { VolunteerTeam } from './volunteer-team.entity';

/**
 * Whose volunteers and tasks a caller may see (docs/ACCESS.md): supervisors and admins every team's,
 * a team lead (队长) and a volunteer (志愿者) their own team's, everyone else none. Teams, activities
 * and shifts are public. How much of a volunteer each sees is `contactViewOf`.
 */
export type TeamScope = { kind: 'all' } | { kind: 'team'; teamCode: string } | { kind: 'none' };

const ALL: TeamScope = { kind: 'all' };
const NONE: TeamScope = { kind: 'none' };

/** Who may register, change and deactivate volunteers, check them in and out and move tasks: the team's lead, and admins. */
const MANAGING_ROLES: readonly Role[] = [Role.VOLUNTEER_LEAD, Role.ADMIN];

/** The caller's scope; anonymous callers and our services acting alone see none (resolvers refuse them first). */
export function teamScopeOf(caller: Caller): TeamScope {
  if (caller.kind !== 'user') return NONE;
  if (caller.role === Role.SUPERVISOR || caller.role === Role.ADMIN) return ALL;
  if ((caller.role === Role.VOLUNTEER_LEAD || caller.role === Role.VOLUNTEER) && caller.teamCode)
    return { kind: 'team', teamCode: caller.teamCode };
  return NONE;
}

/** How much of one volunteer's contact data a caller sees: all of it, or the phone masked (138****0001). */
export type ContactView = 'full' | 'masked';

/**
 * A volunteer in the caller's scope is shown in full to itself, to its team's lead and to admins;
 * supervisors see members with the phone masked (need to know), and so do a volunteer's teammates.
 */
export function contactViewOf(
  caller: Caller,
  volunteer: { id: string },
  teamCode: string | undefined,
): ContactView {
  if (caller.kind !== 'user') return 'masked';
  if (caller.role === Role.ADMIN) return 'full';
  if (caller.role === Role.VOLUNTEER_LEAD && teamCode !== undefined && caller.teamCode === teamCode)
    return 'full';
  if (caller.role === Role.VOLUNTEER && caller.volunteerId === volunteer.id) return 'full';
  return 'masked';
}

/** The volunteer the caller signed in as: VOLUNTEER only (anonymous UNAUTHENTICATED, others FORBIDDEN). */
export function requireOwnVolunteerId(caller: Caller): string {
  const user = requireRole(caller, [Role.VOLUNTEER], 'ask who they are as a volunteer');
  if (!user.volunteerId) throw new Forbidden('Your token names no volunteer');
  return user.volunteerId;
}

/** Whether the caller is the volunteer `volunteerId` signed in (VOLUNTEER). */
export function isSelf(caller: Caller, volunteerId: string): boolean {
  return (
    caller.kind === 'user' && caller.role === Role.VOLUNTEER && caller.volunteerId === volunteerId
  );
}

/** The scope of a signed-in caller, for reading volunteers or tasks; anonymous → UNAUTHENTICATED. */
export function requireTeamScope(caller: Caller): TeamScope {
  requireUser(caller);
  return teamScopeOf(caller);
}

/** Reading one volunteer or task at all: anonymous UNAUTHENTICATED, a role that sees no team's FORBIDDEN (before any lookup). */
export function requireTeamReader(caller: Caller, what: string): TeamScope {
  const scope = requireTeamScope(caller);
  if (scope.kind === 'none') throw new Forbidden(`Your role may not see ${what}`);
  return scope;
}

/**
 * One volunteer or task, of the team whose code `teamCodeOf` finds: FORBIDDEN outside the caller's scope
 * (anonymous: UNAUTHENTICATED). The team is only looked up for a team lead: everyone else is decided by role.
 */
export async function requireTeamRead(
  caller: Caller,
  what: string,
  teamCodeOf: () => Promise<string | undefined>,
): Promise<void> {
  const scope = requireTeamReader(caller, what);
  if (scope.kind === 'team' && scope.teamCode !== (await teamCodeOf()))
    throw new Forbidden(`You may not see ${what} of another team`);
}

/** Whether the caller may manage some team at all; checked before anything is looked up, so a refusal reveals nothing. */
export function requireTeamManagerRole(caller: Caller, what: string): void {
  requireRole(caller, MANAGING_ROLES, what);
}

/** Managing the team `teamCode`: its lead or an admin; others FORBIDDEN, anonymous UNAUTHENTICATED. */
export function requireTeamManager(caller: Caller, teamCode: string, what: string): void {
  const user = requireRole(caller, MANAGING_ROLES, what);
  if (user.role === Role.VOLUNTEER_LEAD && user.teamCode !== teamCode)
    throw new Forbidden(`Only the lead of ${teamCode} or an admin may ${what}`);
}

/**
 * Narrows a query to the rows of the teams in scope, in SQL, so lists and their counts stay right
 * and a batch is still one statement. `teamIdColumn` is the row's team id, e.g. `task.volunteer_team_id`.
 */
export function whereInTeamScope<T extends object>(
  query: SelectQueryBuilder<T>,
  scope: TeamScope,
  teamIdColumn: string,
): SelectQueryBuilder<T> {
  if (scope.kind === 'all') return query;
  if (scope.kind === 'none') return query.andWhere('FALSE');
  const teamOfCode = query
    .subQuery()
    .select('scoped_team.id')
    .from(VolunteerTeam, 'scoped_team')
    .where('scoped_team.code = :scopedTeamCode')
    .getQuery();
  return query.andWhere(`${teamIdColumn} IN ${teamOfCode}`, { scopedTeamCode: scope.teamCode });
}
