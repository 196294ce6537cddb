import { NotFound } from '@erqi/shared/util-errors';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { CheckIn } from '../check-in/check-in.entity';
import { ShiftSignUp } from '../shift-sign-up/shift-sign-up.entity';
import { ownVolunteerId, shiftPeopleView, visibleRows } from '../shift-sign-up/shift-visibility';
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

  @FieldResolver(() => [ShiftSignUp], {
    description:
      "Sign-ups, oldest first: all to the team's lead, SUPERVISOR and ADMIN; a VOLUNTEER its own only; others none",
  })
  async signUps(@Root() shift: Shift, @Ctx() context: VolunteerContext): Promise<ShiftSignUp[]> {
    const team = await context.loaders.volunteerTeam.load(shift.teamId);
    const view = shiftPeopleView(context.caller, team?.code);
    return visibleRows(await context.loaders.signUpsByShift.load(shift.id), view);
  }

  @FieldResolver(() => [CheckIn], { description: 'Check-ins (签到), seen as signUps are' })
  async checkIns(@Root() shift: Shift, @Ctx() context: VolunteerContext): Promise<CheckIn[]> {
    const team = await context.loaders.volunteerTeam.load(shift.teamId);
    const view = shiftPeopleView(context.caller, team?.code);
    return visibleRows(await context.loaders.checkInsByShift.load(shift.id), view);
  }

  @FieldResolver(() => ShiftSignUp, {
    nullable: true,
    description: "A VOLUNTEER's own sign-up to this shift; null for others",
  })
  async mySignUp(
    @Root() shift: Shift,
    @Ctx() context: VolunteerContext,
  ): Promise<ShiftSignUp | null> {
    const own = ownVolunteerId(context.caller);
    if (!own) return null;
    const rows = await context.loaders.signUpsByShift.load(shift.id);
    return rows.find((row) => row.volunteerId === own) ?? null;
  }

  @FieldResolver(() => CheckIn, {
    nullable: true,
    description: "A VOLUNTEER's own check-in to this shift; null for others",
  })
  async myCheckIn(@Root() shift: Shift, @Ctx() context: VolunteerContext): Promise<CheckIn | null> {
    const own = ownVolunteerId(context.caller);
    if (!own) return null;
    const rows = await context.loaders.checkInsByShift.load(shift.id);
    return rows.find((row) => row.volunteerId === own) ?? null;
  }
}
