import { Connection, PageArgs } from '@erqi/shared/data-access-pagination';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { Shift } from './shift.entity';
import { VolunteerActivity } from './volunteer-activity.entity';

@ObjectType()
export class VolunteerActivityConnection extends Connection(VolunteerActivity) {}

@Resolver(() => VolunteerActivity)
export class VolunteerActivityResolver {
  @Query(() => VolunteerActivityConnection, {
    description: 'Volunteer activities, latest first, a page at a time',
  })
  volunteerActivities(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerActivityConnection> {
    return context.activities.list(args);
  }

  @Query(() => VolunteerActivity, {
    description: 'One volunteer activity by id; NOT_FOUND if there is none',
  })
  volunteerActivity(
    @Arg('id', () => ID) id: string,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerActivity> {
    return context.activities.get(id);
  }

  @FieldResolver(() => [Shift], { description: 'The shifts, in the order they start' })
  shifts(@Root() activity: VolunteerActivity, @Ctx() context: VolunteerContext): Promise<Shift[]> {
    return context.loaders.shiftsByActivity.load(activity.id);
  }
}
