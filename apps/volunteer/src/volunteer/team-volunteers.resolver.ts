import { requireUser } from '@erqi/shared/util-auth';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer.entity';

/** VolunteerTeam.volunteers: here, beside the volunteers, so that the team's folder needs nothing of theirs. */
@Resolver(() => VolunteerTeam)
export class TeamVolunteersResolver {
  @FieldResolver(() => [Volunteer], {
    description:
      "The members, by name: for the team's lead, supervisors and admins; empty for others",
  })
  volunteers(@Root() team: VolunteerTeam, @Ctx() context: VolunteerContext): Promise<Volunteer[]> {
    requireUser(context.caller);
    return context.loaders.volunteersByTeam.load(team.id);
  }
}
