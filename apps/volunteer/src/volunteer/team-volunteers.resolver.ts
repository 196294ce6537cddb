import { requireUser } from '@erqi/shared/util-auth';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { teamScopeOf } from '../volunteer-team/team-access';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer.entity';

/** VolunteerTeam's members: here, beside the volunteers, so that the team's folder needs nothing of theirs. */
@Resolver(() => VolunteerTeam)
export class TeamVolunteersResolver {
  @FieldResolver(() => [Volunteer], {
    description:
      "The active members, by name: for the team's lead, its volunteers (phones masked), supervisors (phones masked) and admins; empty for others",
  })
  volunteers(@Root() team: VolunteerTeam, @Ctx() context: VolunteerContext): Promise<Volunteer[]> {
    requireUser(context.caller);
    return context.loaders.volunteersByTeam.load(team.id);
  }

  @FieldResolver(() => Volunteer, {
    nullable: true,
    description:
      "The member who leads the team (队长); null when none is named, or for a caller who may not see the team's members",
  })
  async lead(
    @Root() team: VolunteerTeam,
    @Ctx() context: VolunteerContext,
  ): Promise<Volunteer | null> {
    requireUser(context.caller);
    const scope = teamScopeOf(context.caller);
    const inScope = scope.kind === 'all' || (scope.kind === 'team' && scope.teamCode === team.code);
    if (!team.leadVolunteerId || !inScope) return null;
    return context.loaders.volunteer.load(team.leadVolunteerId);
  }

  @FieldResolver(() => Int, { description: 'How many active members the team has' })
  memberCount(@Root() team: VolunteerTeam, @Ctx() context: VolunteerContext): Promise<number> {
    return context.loaders.memberCountByTeam.load(team.id);
  }
}
