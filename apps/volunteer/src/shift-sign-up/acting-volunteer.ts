import { type Caller, requireRole, Role } from '@erqi/shared/util-auth';
import { BadUserInput, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { EntityManager } from 'typeorm';
import { requireTeamManager } from '../volunteer-team/team-access';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Volunteer } from '../volunteer/volunteer.entity';

/** Who may sign up, cancel, check in or out: a volunteer for itself, a team's lead or an admin for a member. */
const ACTING_ROLES: readonly Role[] = [Role.VOLUNTEER, Role.VOLUNTEER_LEAD, Role.ADMIN];

/** Checked before any lookup, so a refusal reveals nothing. */
export function requireActingRole(caller: Caller, what: string): void {
  requireRole(caller, ACTING_ROLES, what);
}

/**
 * The volunteer a call acts for: a VOLUNTEER itself (`volunteerId` omitted or its own, FORBIDDEN for
 * another), a lead or admin the member named by `volunteerId` (required). The volunteer must belong to
 * the team staffing the shift (`teamId`): BAD_USER_INPUT (volunteerId) otherwise; unknown: NOT_FOUND.
 * A volunteer who has left the team may still cancel and check out, but not sign up or check in.
 */
export async function actingVolunteer(
  manager: EntityManager,
  caller: Caller,
  volunteerId: string | null | undefined,
  teamId: string,
  what: string,
  { startsService = true }: { startsService?: boolean } = {},
): Promise<Volunteer> {
  const user = requireRole(caller, ACTING_ROLES, what);
  let id: string;
  if (user.role === Role.VOLUNTEER) {
    if (!user.volunteerId) throw new Forbidden('Your sign-in is not bound to a volunteer');
    if (volunteerId && volunteerId !== user.volunteerId)
      throw new Forbidden(`A volunteer may only ${what} for itself`);
    id = user.volunteerId;
  } else {
    const team = await manager.findOne(VolunteerTeam, {
      select: { code: true },
      where: { id: teamId },
    });
    requireTeamManager(caller, team?.code ?? '', what);
    if (!volunteerId) throw new BadUserInput('volunteerId', 'Name the volunteer (volunteerId)');
    id = volunteerId;
  }
  const volunteer = isUuid(id) ? await manager.findOneBy(Volunteer, { id }) : null;
  if (!volunteer) throw new NotFound('Volunteer', id, 'volunteerId');
  if (volunteer.teamId !== teamId)
    throw new BadUserInput(
      'volunteerId',
      'This volunteer is not a member of the team that staffs the shift',
    );
  if (startsService && !volunteer.active)
    throw new BadUserInput('volunteerId', `${volunteer.name} has left the team`);
  return volunteer;
}
