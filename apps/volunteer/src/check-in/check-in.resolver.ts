import { NotFound } from '@erqi/shared/util-errors';
import { Args, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { Shift } from '../volunteer-activity/shift.entity';
import { requireTeamRead } from '../volunteer-team/team-access';
import { Volunteer } from '../volunteer/volunteer.entity';
import { CheckIn } from './check-in.entity';
import { CheckInArgs } from './check-in.input';
import { serviceHours } from './service-hours';

@Resolver(() => CheckIn)
export class CheckInResolver {
  @Mutation(() => CheckIn, {
    description:
      "签到, by the shift's team's lead or an admin (FORBIDDEN for others): NOT_FOUND for an unknown shift or volunteer, CONFLICT when already checked in",
  })
  checkInVolunteer(
    @Args(() => CheckInArgs) args: CheckInArgs,
    @Ctx() context: VolunteerContext,
  ): Promise<CheckIn> {
    return context.checkIns.checkIn(context.caller, args);
  }

  @Mutation(() => CheckIn, {
    description:
      "签退, by the shift's team's lead or an admin (FORBIDDEN for others): CONFLICT when not checked in or already checked out",
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
  async volunteer(@Root() checkIn: CheckIn, @Ctx() context: VolunteerContext): Promise<Volunteer> {
    const volunteer = await context.loaders.volunteer.load(checkIn.volunteerId);
    if (!volunteer) throw new NotFound('Volunteer', checkIn.volunteerId, 'volunteerId');
    await requireTeamRead(
      context.caller,
      'the volunteers',
      async () => (await context.loaders.volunteerTeam.load(volunteer.teamId))?.code,
    );
    return volunteer;
  }
}
