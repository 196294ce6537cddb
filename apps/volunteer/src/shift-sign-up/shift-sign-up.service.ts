import { randomUUID } from 'node:crypto';
import type { Caller } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, EntityManager } from 'typeorm';
import { CheckIn } from '../check-in/check-in.entity';
import { Shift } from '../volunteer-activity/shift.entity';
import { actingVolunteer, requireActingRole } from './acting-volunteer';
import { ShiftSignUp } from './shift-sign-up.entity';

export class ShiftSignUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * 报名. One transaction locks the volunteer's row, then the shift's (always in that order, so two
   * calls never wait on each other in a circle): sign-ups to one shift queue on the shift, so the
   * headcount is never passed; one volunteer's sign-ups queue on the volunteer, so no two overlap.
   */
  async signUp(caller: Caller, shiftId: string, volunteerId?: string | null): Promise<ShiftSignUp> {
    requireActingRole(caller, 'sign up for a shift');
    return this.dataSource.transaction(async (manager) => {
      const shift = await findShift(manager, shiftId);
      const volunteer = await actingVolunteer(
        manager,
        caller,
        volunteerId,
        shift.teamId,
        'sign up for a shift',
      );
      const now = this.clock();
      if (shift.startsAt.getTime() <= now.getTime())
        throw new BadUserInput(
          'shiftId',
          'This shift has already started: sign up for a later one',
        );
      await manager.query(`SELECT id FROM volunteer WHERE id = $1 FOR UPDATE`, [volunteer.id]);
      await manager.query(`SELECT id FROM shift WHERE id = $1 FOR UPDATE`, [shift.id]);
      if (await manager.existsBy(ShiftSignUp, { shiftId: shift.id, volunteerId: volunteer.id }))
        throw new Conflict('This volunteer is already signed up for the shift', {
          field: 'shiftId',
        });
      const [taken] = (await manager.query(
        `SELECT count(*)::int AS n FROM shift_sign_up WHERE shift_id = $1`,
        [shift.id],
      )) as Array<{ n: number }>;
      if ((taken?.n ?? 0) >= shift.requiredHeadcount)
        throw new Conflict('This shift is full: every place is taken', { field: 'shiftId' });
      const overlapping = (await manager.query(
        `SELECT other.id FROM shift_sign_up sign_up JOIN shift other ON other.id = sign_up.shift_id
         WHERE sign_up.volunteer_id = $1 AND other.starts_at < $3 AND other.ends_at > $2 LIMIT 1`,
        [volunteer.id, shift.startsAt, shift.endsAt],
      )) as Array<{ id: string }>;
      if (overlapping.length > 0)
        throw new Conflict('This volunteer already holds a shift at that time', {
          field: 'shiftId',
          shiftId: overlapping[0]?.id,
        });
      const signUp = manager.create(ShiftSignUp, {
        id: randomUUID(),
        shiftId: shift.id,
        volunteerId: volunteer.id,
        signedUpAt: now,
      });
      await manager.insert(ShiftSignUp, signUp);
      return signUp;
    });
  }

  /** 取消报名, before the shift starts; false when the volunteer was not signed up. */
  async cancel(caller: Caller, shiftId: string, volunteerId?: string | null): Promise<boolean> {
    requireActingRole(caller, 'cancel a sign-up');
    return this.dataSource.transaction(async (manager) => {
      const shift = await findShift(manager, shiftId);
      const volunteer = await actingVolunteer(
        manager,
        caller,
        volunteerId,
        shift.teamId,
        'cancel a sign-up',
        { startsService: false },
      );
      // A volunteer who came early and checked in is on the shift: the check-in keeps its sign-up.
      if (await manager.existsBy(CheckIn, { shiftId: shift.id, volunteerId: volunteer.id }))
        throw new Conflict('This volunteer has checked in already: the sign-up stays', {
          field: 'shiftId',
        });
      if (shift.startsAt.getTime() <= this.clock().getTime())
        throw new BadUserInput('shiftId', 'This shift has already started: it cannot be cancelled');
      const result = await manager.delete(ShiftSignUp, {
        shiftId: shift.id,
        volunteerId: volunteer.id,
      });
      return (result.affected ?? 0) > 0;
    });
  }
}

export async function findShift(manager: EntityManager, id: string): Promise<Shift> {
  const shift = isUuid(id) ? await manager.findOneBy(Shift, { id }) : null;
  if (!shift) throw new NotFound('Shift', id, 'shiftId');
  return shift;
}
