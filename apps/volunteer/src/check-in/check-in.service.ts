import { randomUUID } from 'node:crypto';
import type { Clock } from '@erqi/shared/util-clock';
import type { Caller } from '@erqi/shared/util-auth';
import { BadUserInput, Conflict } from '@erqi/shared/util-errors';
import { type DataSource, IsNull, QueryFailedError } from 'typeorm';
import { actingVolunteer, requireActingRole } from '../shift-sign-up/acting-volunteer';
import { findShift } from '../shift-sign-up/shift-sign-up.service';
import { ShiftSignUp } from '../shift-sign-up/shift-sign-up.entity';
import { CheckIn } from './check-in.entity';
import type { CheckInArgs } from './check-in.input';

const UNIQUE_VIOLATION = '23505';
const MINUTE = 60_000;

/** 签到/签退 against a shift, within its window widened by a grace period on each side. */
export class CheckInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly graceMinutes: number,
  ) {}

  /** 签到: once per volunteer and shift, for a signed-up volunteer, from startsAt − grace until endsAt. */
  async checkIn(caller: Caller, { shiftId, volunteerId }: CheckInArgs): Promise<CheckIn> {
    requireActingRole(caller, 'check in');
    const manager = this.dataSource.manager;
    const shift = await findShift(manager, shiftId);
    const volunteer = await actingVolunteer(manager, caller, volunteerId, shift.teamId, 'check in');
    if (!(await manager.existsBy(ShiftSignUp, { shiftId: shift.id, volunteerId: volunteer.id })))
      throw new Conflict('This volunteer is not signed up for the shift', { field: 'volunteerId' });
    const now = this.clock();
    const opens = new Date(shift.startsAt.getTime() - this.graceMinutes * MINUTE);
    if (now < opens)
      throw new BadUserInput(
        'shiftId',
        `Check-in opens ${this.graceMinutes} minutes before the shift, at ${opens.toISOString()}`,
      );
    if (now > shift.endsAt)
      throw new BadUserInput('shiftId', 'This shift has ended: check-in is closed');
    const checkIn = manager.create(CheckIn, {
      id: randomUUID(),
      shiftId: shift.id,
      volunteerId: volunteer.id,
      checkedInAt: now,
      checkedOutAt: null,
    });
    try {
      await manager.insert(CheckIn, checkIn);
    } catch (error) {
      // Checked in already, or a second check-in racing the first: the unique index decides.
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      )
        throw new Conflict('This volunteer has already checked in to the shift', {
          field: 'volunteerId',
        });
      throw error;
    }
    return checkIn;
  }

  /** 签退: closes the volunteer's open check-in, until endsAt + grace; its hours then count. */
  async checkOut(caller: Caller, { shiftId, volunteerId }: CheckInArgs): Promise<CheckIn> {
    requireActingRole(caller, 'check out');
    const manager = this.dataSource.manager;
    const shift = await findShift(manager, shiftId);
    const volunteer = await actingVolunteer(
      manager,
      caller,
      volunteerId,
      shift.teamId,
      'check out',
      { startsService: false },
    );
    const checkIn = await manager.findOneBy(CheckIn, {
      shiftId: shift.id,
      volunteerId: volunteer.id,
    });
    if (!checkIn)
      throw new Conflict('This volunteer has not checked in to the shift', {
        field: 'volunteerId',
      });
    const checkedOutAt = this.clock();
    if (checkedOutAt.getTime() > shift.endsAt.getTime() + this.graceMinutes * MINUTE)
      throw new BadUserInput(
        'shiftId',
        `Check-out closed ${this.graceMinutes} minutes after the shift ended; ask the team's lead`,
      );
    // Only an open check-in is closed, so two check-outs at once cannot both succeed.
    const result = await manager.update(
      CheckIn,
      { id: checkIn.id, checkedOutAt: IsNull() },
      { checkedOutAt },
    );
    if (result.affected !== 1)
      throw new Conflict('This volunteer has already checked out of the shift', {
        field: 'volunteerId',
      });
    return { ...checkIn, checkedOutAt };
  }
}
