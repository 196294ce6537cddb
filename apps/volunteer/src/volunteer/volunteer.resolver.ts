import { maskPhone } from '@erqi/shared/util-auth';
import { BadUserInput, NotFound } from '@erqi/shared/util-errors';
import { shanghaiInstant } from '@erqi/shared/util-shanghai-time';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type ActivityServiceHours, ServiceHours, ServiceHoursArgs } from './service-hours.types';
import type { VolunteerContext } from '../context';
import { contactViewOf } from '../volunteer-team/team-access';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Volunteer } from './volunteer.entity';
import { RegisterVolunteerInput, UpdateVolunteerInput } from './volunteer.input';

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => Volunteer, {
    description: 'Who I am as a volunteer (VOLUNTEER only; FORBIDDEN for other roles)',
  })
  myVolunteer(@Ctx() context: VolunteerContext): Promise<Volunteer> {
    return context.volunteers.mine(context.caller);
  }

  @Query(() => Volunteer, {
    description:
      "One volunteer, also one who has left: for itself, its teammates (phone masked), its team's lead, SUPERVISOR (phone masked) and ADMIN; FORBIDDEN for others, NOT_FOUND if there is none",
  })
  volunteer(@Arg('id', () => ID) id: string, @Ctx() context: VolunteerContext): Promise<Volunteer> {
    return context.volunteers.get(context.caller, id);
  }

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

  @Mutation(() => Volunteer, {
    description:
      "Changes a volunteer: its team's lead or ADMIN anything, the volunteer itself its phone and skills (FORBIDDEN otherwise); BAD_USER_INPUT naming the field, CONFLICT (phone taken)",
  })
  updateVolunteer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateVolunteerInput) input: UpdateVolunteerInput,
    @Ctx() context: VolunteerContext,
  ): Promise<Volunteer> {
    return context.volunteers.update(context.caller, id, input);
  }

  @Mutation(() => Volunteer, {
    description:
      "The volunteer leaves its team (its lead or ADMIN): gone from the team's lists and no longer its lead; its history and hours are kept",
  })
  deactivateVolunteer(
    @Arg('id', () => ID) id: string,
    @Ctx() context: VolunteerContext,
  ): Promise<Volunteer> {
    return context.volunteers.deactivate(context.caller, id);
  }

  @FieldResolver(() => String, {
    description:
      "Mobile number, 11 digits; one registration per number. In full to the volunteer itself, its team's lead and ADMIN; masked (137****0001) to others",
  })
  async phone(@Root() volunteer: Volunteer, @Ctx() context: VolunteerContext): Promise<string> {
    const team = await context.loaders.volunteerTeam.load(volunteer.teamId);
    return contactViewOf(context.caller, volunteer, team?.code) === 'full'
      ? volunteer.phone
      : maskPhone(volunteer.phone);
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
