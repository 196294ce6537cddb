import { NotFound } from '@erqi/shared/util-errors';
import { Arg, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer.entity';
import { RegisterVolunteerInput } from './volunteer.input';

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Mutation(() => Volunteer, {
    description:
      "Adds a volunteer to a team, by the team's lead or an admin (FORBIDDEN for others); BAD_USER_INPUT, NOT_FOUND (teamId) or CONFLICT (phone taken)",
  })
  registerVolunteer(
    @Arg('input', () => RegisterVolunteerInput) input: RegisterVolunteerInput,
    @Ctx() context: VolunteerContext,
  ): Promise<Volunteer> {
    return context.volunteers.register(context.caller, input);
  }

  @FieldResolver(() => VolunteerTeam)
  async team(
    @Root() volunteer: Volunteer,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTeam> {
    const team = await context.loaders.volunteerTeam.load(volunteer.teamId);
    if (!team) throw new NotFound('VolunteerTeam', volunteer.teamId, 'teamId');
    return team;
  }

  @FieldResolver(() => Float, {
    description: 'Hours of service over all completed check-ins (签到 to 签退)',
  })
  serviceHours(@Root() volunteer: Volunteer, @Ctx() context: VolunteerContext): Promise<number> {
    return context.loaders.serviceHoursByVolunteer.load(volunteer.id);
  }
}
