import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VolunteerContext } from '../context';
import { Shift } from '../volunteer-activity/shift.entity';
import { CheckIn } from './check-in.entity';
import { ShiftSignUp } from './shift-sign-up.entity';
import { ownVolunteerId, shiftPeopleView, visibleRows } from './shift-visibility';

/** Who is on a shift (报名, 签到): the Shift's fields that show people, by the rule of shift-visibility. */
@Resolver(() => Shift)
export class ShiftAttendanceResolver {
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
