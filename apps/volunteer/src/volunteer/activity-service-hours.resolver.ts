import { NotFound } from '@erqi/shared/util-errors';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { VolunteerActivity } from '../volunteer-activity/volunteer-activity.entity';
import { ActivityServiceHours } from './service-hours.types';

@Resolver(() => ActivityServiceHours)
export class ActivityServiceHoursResolver {
  @FieldResolver(() => VolunteerActivity)
  async activity(
    @Root() row: ActivityServiceHours,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerActivity> {
    const activity = await context.loaders.volunteerActivity.load(row.activityId);
    if (!activity) throw new NotFound('VolunteerActivity', row.activityId, 'activityId');
    return activity;
  }
}
