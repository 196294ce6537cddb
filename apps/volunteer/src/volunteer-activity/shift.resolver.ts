import { NotFound } from '@erqi/shared/util-errors';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Shift } from './shift.entity';
import { VolunteerActivity } from './volunteer-activity.entity';
import { VolunteerPost } from './volunteer-post.entity';

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

  @FieldResolver(() => VolunteerPost, { description: 'The post (岗位) this shift is at' })
  async post(@Root() shift: Shift, @Ctx() context: VolunteerContext): Promise<VolunteerPost> {
    const post = await context.loaders.volunteerPost.load(shift.postId);
    if (!post) throw new NotFound('VolunteerPost', shift.postId, 'postId');
    return post;
  }

  @FieldResolver(() => Int, { description: 'Volunteers signed up (报名) so far' })
  async signedUpCount(@Root() shift: Shift, @Ctx() context: VolunteerContext): Promise<number> {
    return (await context.loaders.signUpsByShift.load(shift.id)).length;
  }

  @FieldResolver(() => Int, { description: 'Places still open: requiredHeadcount − signedUpCount' })
  async openPlaces(@Root() shift: Shift, @Ctx() context: VolunteerContext): Promise<number> {
    const taken = (await context.loaders.signUpsByShift.load(shift.id)).length;
    return Math.max(0, shift.requiredHeadcount - taken);
  }
}
