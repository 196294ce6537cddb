import { NotFound } from '@erqi/shared/util-errors';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Shift } from './shift.entity';
import { VolunteerActivity } from './volunteer-activity.entity';
import { AddVolunteerPostInput, AddVolunteerShiftInput } from './volunteer-activity.input';
import { VolunteerPost } from './volunteer-post.entity';

@Resolver(() => VolunteerPost)
export class VolunteerPostResolver {
  @Mutation(() => VolunteerPost, {
    description:
      "设岗: a duty at a place of an activity for a team, by an admin or that team's lead; NOT_FOUND (activityId, teamId), BAD_USER_INPUT (place)",
  })
  addVolunteerPost(
    @Arg('input', () => AddVolunteerPostInput) input: AddVolunteerPostInput,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerPost> {
    return context.activities.addPost(context.caller, input);
  }

  @Mutation(() => Shift, {
    description:
      "排班: a shift at a post, by an admin or the post team's lead; BAD_USER_INPUT for endsAt ≤ startsAt (endsAt), requiredHeadcount < 1, a start outside the activity's days or in the past (startsAt)",
  })
  addVolunteerShift(
    @Arg('input', () => AddVolunteerShiftInput) input: AddVolunteerShiftInput,
    @Ctx() context: VolunteerContext,
  ): Promise<Shift> {
    return context.activities.addShift(context.caller, input);
  }

  @FieldResolver(() => VolunteerActivity)
  async activity(
    @Root() post: VolunteerPost,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerActivity> {
    const activity = await context.loaders.volunteerActivity.load(post.activityId);
    if (!activity) throw new NotFound('VolunteerActivity', post.activityId, 'activityId');
    return activity;
  }

  @FieldResolver(() => VolunteerTeam, { description: 'The team that staffs the post' })
  async team(
    @Root() post: VolunteerPost,
    @Ctx() context: VolunteerContext,
  ): Promise<VolunteerTeam> {
    const team = await context.loaders.volunteerTeam.load(post.teamId);
    if (!team) throw new NotFound('VolunteerTeam', post.teamId, 'teamId');
    return team;
  }

  @FieldResolver(() => [Shift], { description: 'Its shifts, in the order they start' })
  shifts(@Root() post: VolunteerPost, @Ctx() context: VolunteerContext): Promise<Shift[]> {
    return context.loaders.shiftsByPost.load(post.id);
  }
}
