import { NotFound } from '@erqi/shared/util-errors';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Shift } from './shift.entity';
import { VolunteerActivity } from './volunteer-activity.entity';

@Resolver(() => Shift)
export class ShiftResolver {
  @FieldResolver(() => VolunteerTeam, { description: 'The team that staffs this shift' })
  async team(@Root() shift: Shift, @Ctx() context: VolunteerContext): Promise<VolunteerTeam> {
    const team = await context.loaders.volunteerTeam.load(shift.teamId);
    if (!team) throw new NotFound('VolunteerTeam', shift.teamId, 'teamId');
    return team;
  }

  @FieldResolver(() => VolunteerActivity)
  async activity(
    @Root() shift: Shift,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerActivity> {
    const activity = await context.loaders.volunteerActivity.load(shift.activityId);
    if (!activity) throw new NotFound('VolunteerActivity', shift.activityId, 'activityId');
    return activity;
  }
}
