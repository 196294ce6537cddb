import { NotFound } from '@erqi/shared/util-errors';
import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CheckInArgs } from '../check-in/check-in.input';
import type { VolunteerContext } from '../context';
import { Shift } from '../volunteer-activity/shift.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { ShiftSignUp } from './shift-sign-up.entity';
import { readableVolunteer } from './shift-visibility-volunteer';

@Resolver(() => ShiftSignUp)
export class ShiftSignUpResolver {
  @Mutation(() => ShiftSignUp, {
    description:
      "报名: a VOLUNTEER for itself (volunteerId omitted or its own), the team's lead or an admin for a member. CONFLICT when full, already signed up or holding an overlapping shift; BAD_USER_INPUT for a started shift (shiftId) or a volunteer of another team (volunteerId); NOT_FOUND",
  })
  signUpForShift(
    @Args(() => CheckInArgs) { shiftId, volunteerId }: CheckInArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<ShiftSignUp> {
    return context.signUps.signUp(context.caller, shiftId, volunteerId);
  }

  @Mutation(() => Boolean, {
    description:
      '取消报名, by the same callers, before the shift starts (BAD_USER_INPUT after); false when there was no sign-up',
  })
  cancelShiftSignUp(
    @Args(() => CheckInArgs) { shiftId, volunteerId }: CheckInArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<boolean> {
    return context.signUps.cancel(context.caller, shiftId, volunteerId);
  }

  @FieldResolver(() => Shift)
  async shift(@Root() signUp: ShiftSignUp, @Ctx() context: VolunteerContext): Promise<Shift> {
    const shift = await context.loaders.shift.load(signUp.shiftId);
    if (!shift) throw new NotFound('Shift', signUp.shiftId, 'shiftId');
    return shift;
  }

  @FieldResolver(() => Volunteer)
  volunteer(@Root() signUp: ShiftSignUp, @Ctx() context: VolunteerContext): Promise<Volunteer> {
    return readableVolunteer(context, signUp.volunteerId);
  }
}
