import { Role } from '@erqi/shared/util-auth';
import { NotFound } from '@erqi/shared/util-errors';
import type { VolunteerContext } from '../context';
import { requireTeamRead } from '../volunteer-team/team-access';
import type { Volunteer } from '../volunteer/volunteer.entity';

/** A volunteer behind a sign-up or check-in: a VOLUNTEER sees itself; others as team access says. */
export async function readableVolunteer(
  context: VolunteerContext,
  volunteerId: string,
): Promise<Volunteer> {
  const volunteer = await context.loaders.volunteer.load(volunteerId);
  if (!volunteer) throw new NotFound('Volunteer', volunteerId, 'volunteerId');
  const { caller } = context;
  if (
    caller.kind === 'user' &&
    caller.role === Role.VOLUNTEER &&
    caller.volunteerId === volunteer.id
  )
    return volunteer;
  await requireTeamRead(
    caller,
    'the volunteers',
    async () => (await context.loaders.volunteerTeam.load(volunteer.teamId))?.code,
  );
  return volunteer;
}
