import { Connection, PageArgs } from '@erqi/shared/data-access-pagination';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { VolunteerContext } from '../context';
import { Shift } from './shift.entity';
import { VolunteerActivity } from './volunteer-activity.entity';
import { CreateVolunteerActivityInput } from './volunteer-activity.input';
import { VolunteerPost } from './volunteer-post.entity';

@ObjectType()
export class VolunteerActivityConnection extends Connection(VolunteerActivity) {}

/** 缺员: a shift still short of volunteers, and by how many. */
@ObjectType({ description: 'A shift short of volunteers (缺员), and how many it still needs' })
export class StaffingGap {
  @Field(() => Shift)
  shift!: Shift;

  @Field(() => Int, { description: 'requiredHeadcount − signedUpCount, at least 1' })
  missing!: number;
}

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

  @Query(() => [StaffingGap], {
    description:
      'Shifts of the activity not yet ended with fewer sign-ups than they need, soonest first; NOT_FOUND for an unknown activity',
  })
  async staffingGaps(
    @Arg('activityId', () => ID) activityId: string,
    @Ctx() context: VolunteerContext,
  ): Promise<StaffingGap[]> {
    const activity = await context.activities.get(activityId);
    const now = context.loaders.now().getTime();
    const shifts = await context.loaders.shiftsByActivity.load(activity.id);
    const gaps: StaffingGap[] = [];
    for (const shift of [...shifts].sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id),
    )) {
      if (shift.endsAt.getTime() <= now) continue;
      const missing =
        shift.requiredHeadcount - (await context.loaders.signUpsByShift.load(shift.id)).length;
      if (missing > 0) gaps.push({ shift, missing });
    }
    return gaps;
  }

  @Mutation(() => VolunteerActivity, {
    description:
      '新建活动, by an admin or a team lead (FORBIDDEN for others); BAD_USER_INPUT naming the field, CONFLICT (code taken)',
  })
  createVolunteerActivity(
    @Arg('input', () => CreateVolunteerActivityInput) input: CreateVolunteerActivityInput,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerActivity> {
    return context.activities.create(context.caller, input);
  }

  @FieldResolver(() => [VolunteerPost], { description: 'Its posts (岗位), by duty and place' })
  posts(
    @Root() activity: VolunteerActivity,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerPost[]> {
    return context.loaders.postsByActivity.load(activity.id);
  }

  @FieldResolver(() => [Shift], { description: 'The shifts, in the order they start' })
  shifts(@Root() activity: VolunteerActivity, @Ctx() context: VolunteerContext): Promise<Shift[]> {
    return context.loaders.shiftsByActivity.load(activity.id);
  }
}
