import { NotFound } from '@erqi/shared/util-errors';
import { Args, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { Shift } from '../volunteer-activity/shift.entity';
import { readableVolunteer } from '../shift-sign-up/shift-visibility-volunteer';
import { Volunteer } from '../volunteer/volunteer.entity';
import { CheckIn } from './check-in.entity';
import { CheckInArgs } from './check-in.input';
import { serviceHours } from './service-hours';

@Resolver(() => CheckIn)
export class CheckInResolver {
  @Mutation(() => CheckIn, {
    description:
      "签到: a VOLUNTEER itself (volunteerId omitted), the shift team's lead or an admin for a member; from startsAt − grace to endsAt (BAD_USER_INPUT shiftId outside); CONFLICT when not signed up or already checked in; NOT_FOUND",
  })
  checkInVolunteer(
    @Args(() => CheckInArgs) args: CheckInArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<CheckIn> {
    return context.checkIns.checkIn(context.caller, args);
  }

  @Mutation(() => CheckIn, {
    description:
      '签退, by the same callers, until endsAt + grace (BAD_USER_INPUT shiftId after): CONFLICT when not checked in or already checked out',
  })
  checkOutVolunteer(
    @Args(() => CheckInArgs) args: CheckInArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<CheckIn> {
    return context.checkIns.checkOut(context.caller, args);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Hours served, once checked out' })
  serviceHours(@Root() checkIn: CheckIn): number | null {
    return checkIn.checkedOutAt ? serviceHours(checkIn.checkedInAt, checkIn.checkedOutAt) : null;
  }

  @FieldResolver(() => Shift)
  async shift(@Root() checkIn: CheckIn, @Ctx() context: VolunteerContext): Promise<Shift> {
    const shift = await context.loaders.shift.load(checkIn.shiftId);
    if (!shift) throw new NotFound('Shift', checkIn.shiftId, 'shiftId');
    return shift;
  }

  @FieldResolver(() => Volunteer)
  volunteer(@Root() checkIn: CheckIn, @Ctx() context: VolunteerContext): Promise<Volunteer> {
    return readableVolunteer(context, checkIn.volunteerId);
  }
}
