import { BadUserInput, NotFound } from '@erqi/shared/util-errors';
import { shanghaiInstant } from '@erqi/shared/util-shanghai-time';
import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { type ActivityServiceHours, ServiceHours, ServiceHoursArgs } from './service-hours.types';
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

  @FieldResolver(() => ServiceHours, {
    description:
      '服务时长 from completed check-ins (签到 to 签退) on the days from..to (Asia/Shanghai, both inclusive; open ends when omitted), by month and activity',
  })
  async serviceHours(
    @Root() volunteer: Volunteer,
    @Args(() => ServiceHoursArgs) { from, to }: ServiceHoursArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<ServiceHours> {
    if (from && to && to < from) throw new BadUserInput('to', 'to must not be before from');
    const start = from ? shanghaiInstant(from.toISOString().slice(0, 10), 0) : null;
    const until = to ? shanghaiInstant(to.toISOString().slice(0, 10), 24) : null;
    const summary = await context.loaders.serviceHours(start, until).load(volunteer.id);
    return {
      totalHours: summary.totalHours,
      byMonth: summary.byMonth,
      byActivity: summary.byActivity satisfies ActivityServiceHours[],
    };
  }
}
