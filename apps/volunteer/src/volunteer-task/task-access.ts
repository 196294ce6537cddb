import { type Caller, requireRole, Role } from '@erqi/shared/util-auth';
import { BadUserInput, Forbidden } from '@erqi/shared/util-errors';
import { requireTeamScope, type TeamScope, teamScopeOf } from '../volunteer-team/team-access';

/**
 * Whose tasks a caller sees (docs/ACCESS.md): as for volunteers (supervisors and admins all, a lead its
 * team's), and a VOLUNTEER its own team's too, since its members accept them. Kept apart from
 * `teamScopeOf`, which also opens the team's volunteers (and their phones) to whoever it names.
 */
export function taskScopeOf(caller: Caller): TeamScope {
  if (caller.kind === 'user' && caller.role === Role.VOLUNTEER && caller.teamCode)
    return { kind: 'team', teamCode: caller.teamCode };
  return teamScopeOf(caller);
}

/** Reading one task at all: anonymous UNAUTHENTICATED, a role that sees no team's FORBIDDEN (before any lookup). */
export function requireTaskReader(caller: Caller): TeamScope {
  requireTeamScope(caller);
  const scope = taskScopeOf(caller);
  if (scope.kind === 'none') throw new Forbidden('Your role may not see volunteer tasks');
  return scope;
}

/** One task, of the team whose code `teamCodeOf` finds (looked up only for a team's lead or member): FORBIDDEN outside the caller's scope. */
export async function requireTaskRead(
  caller: Caller,
  teamCodeOf: () => Promise<string | undefined>,
): Promise<void> {
  const scope = requireTaskReader(caller);
  if (scope.kind === 'team' && scope.teamCode !== (await teamCodeOf()))
    throw new Forbidden('You may not see the tasks of another team');
}

/** Who takes a task's steps: a member of its team for itself, the team's lead and admins for a member. */
const STEP_ROLES: readonly Role[] = [Role.VOLUNTEER, Role.VOLUNTEER_LEAD, Role.ADMIN];

/** A role that may take some task's step at all; checked before anything is looked up. */
export function requireStepRole(caller: Caller, what: string): void {
  requireRole(caller, STEP_ROLES, what);
}

/**
 * Who accepts (认领) a task of `teamCode`: a VOLUNTEER of that team takes it itself (`volunteerId`
 * omitted or its own); the team's lead or an admin names the member. Returns the volunteer's id.
 */
export function accepterOf(
  caller: Caller,
  teamCode: string,
  volunteerId: string | null | undefined,
): string {
  const user = requireRole(caller, STEP_ROLES, 'accept volunteer tasks');
  if (user.role === Role.VOLUNTEER) {
    if (user.teamCode !== teamCode || !user.volunteerId)
      throw new Forbidden(`Only a member of ${teamCode} may accept its tasks`);
    if (volunteerId && volunteerId !== user.volunteerId)
      throw new Forbidden('A volunteer accepts tasks for itself only; its lead may name another');
    return user.volunteerId;
  }
  if (user.role === Role.VOLUNTEER_LEAD && user.teamCode !== teamCode)
    throw new Forbidden(
      `Only the lead of ${teamCode} or an admin may accept its tasks for a member`,
    );
  if (!volunteerId)
    throw new BadUserInput('volunteerId', 'Name the member of the team who takes the task on');
  return volunteerId;
}

/** Starting or completing a task: the volunteer who accepted it, its team's lead, an admin. */
export function requireTaskWorker(
  caller: Caller,
  teamCode: string,
  acceptedById: string | null,
  what: string,
): void {
  const user = requireRole(caller, STEP_ROLES, what);
  if (user.role === Role.VOLUNTEER) {
    if (user.teamCode !== teamCode) throw new Forbidden(`Only a member of ${teamCode} may ${what}`);
    if (!acceptedById || acceptedById !== user.volunteerId)
      throw new Forbidden(`Only the volunteer who accepted this task (or its lead) may ${what}`);
  }
  if (user.role === Role.VOLUNTEER_LEAD && user.teamCode !== teamCode)
    throw new Forbidden(`Only the lead of ${teamCode} or an admin may ${what}`);
}
