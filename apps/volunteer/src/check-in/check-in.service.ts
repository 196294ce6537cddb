import { randomUUID } from 'node:crypto';
import type { Clock } from '@erqi/shared/util-clock';
import type { Caller } from '@erqi/shared/util-auth';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { type DataSource, IsNull, QueryFailedError, type Repository } from 'typeorm';
import { isUuid } from '@erqi/shared/util-uuid';
import { requireTeamManager, requireTeamManagerRole } from '../volunteer-team/team-access';
import { Shift } from '../volunteer-activity/shift.entity';
import { VolunteerTeam } from '../volunteer-team/volunteer-team.entity';
import { Volunteer } from '../volunteer/volunteer.entity';
import { CheckIn } from './check-in.entity';
import type { CheckInArgs } from './check-in.input';

const UNIQUE_VIOLATION = '23505';

export class CheckInService {
  private readonly checkIns: Repository<CheckIn>;
  private readonly shifts: Repository<Shift>;
  private readonly volunteers: Repository<Volunteer>;
  private readonly teams: Repository<VolunteerTeam>;

  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.teams = dataSource.getRepository(VolunteerTeam);
    this.checkIns = dataSource.getRepository(CheckIn);
    this.shifts = dataSource.getRepository(Shift);
    this.volunteers = dataSource.getRepository(Volunteer);
  }

  /** 签到: one check-in per volunteer and shift, of a member of the shift's team, recorded by the team's lead or an admin. */
  async checkIn(caller: Caller, { shiftId, volunteerId }: CheckInArgs): Promise<CheckIn> {
    const shift = await this.managedShift(caller, shiftId, 'check its volunteers in');
    const volunteer = await this.volunteer(volunteerId);
    if (volunteer.teamId !== shift.teamId) {
      throw new BadUserInput(
        'volunteerId',
        'This volunteer is not a member of the team that staffs the shift',
      );
    }
    if (await this.checkIns.existsBy({ shiftId, volunteerId })) throw alreadyCheckedIn();
    const checkIn = this.checkIns.create({
      id: randomUUID(),
      shiftId,
      volunteerId,
      checkedInAt: this.clock(),
      checkedOutAt: null,
    });
    try {
      await this.checkIns.insert(checkIn);
    } catch (error) {
      // A second check-in racing the first: the unique index decides.
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      )
        throw alreadyCheckedIn();
      throw error;
    }
    return checkIn;
  }

  /** 签退: closes the volunteer's open check-in to the shift; its hours then count. */
  async checkOut(caller: Caller, { shiftId, volunteerId }: CheckInArgs): Promise<CheckIn> {
    await this.managedShift(caller, shiftId, 'check its volunteers out');
    await this.volunteer(volunteerId);
    const checkIn = await this.checkIns.findOneBy({ shiftId, volunteerId });
    if (!checkIn)
      throw new Conflict('This volunteer has not checked in to the shift', {
        field: 'volunteerId',
      });
    const checkedOutAt = this.clock();
    // Only an open check-in is closed, so two check-outs at once cannot both succeed.
    const result = await this.checkIns.update(
      { id: checkIn.id, checkedOutAt: IsNull() },
      { checkedOutAt },
    );
    if (result.affected !== 1)
      throw new Conflict('This volunteer has already checked out of the shift', {
        field: 'volunteerId',
      });
    return { ...checkIn, checkedOutAt };
  }

  /** The shift, if the caller manages the team that staffs it: the role is checked before any lookup, the team after. */
  private async managedShift(caller: Caller, id: string, what: string): Promise<Shift> {
    requireTeamManagerRole(caller, 'check volunteers in or out');
    const shift = isUuid(id) ? await this.shifts.findOneBy({ id }) : null;
    if (!shift) throw new NotFound('Shift', id, 'shiftId');
    const team = await this.teams.findOne({ select: { code: true }, where: { id: shift.teamId } });
    requireTeamManager(caller, team?.code ?? '', what);
    return shift;
  }

  private async volunteer(id: string): Promise<Volunteer> {
    const volunteer = isUuid(id) ? await this.volunteers.findOneBy({ id }) : null;
    if (!volunteer) throw new NotFound('Volunteer', id, 'volunteerId');
    return volunteer;
  }
}

function alreadyCheckedIn(): Conflict {
  return new Conflict('This volunteer has already checked in to the shift', {
    field: 'volunteerId',
  });
}
