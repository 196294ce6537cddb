import { requireRole, Role, type Caller } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AllianceMember } from './alliance.entity';
import type { JoinAllianceArgs, LeaveAllianceArgs } from './alliance.types';

/** A calendar date that exists (2023-02-30 does not) and is not later than today in Shanghai. */
function assertPastDate(field: string, date: string, today: string): void {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new BadUserInput(field, `${field} must be a calendar date, YYYY-MM-DD`);
  if (date > today)
    throw new BadUserInput(field, `${field} ${date} is still to come; record it on the day`);
}

/**
 * 企业联盟 membership, kept by ADMIN: an enterprise joins on a date and leaves on a later one. One row per
 * enterprise and alliance: joining again after leaving starts a new spell (the old dates are replaced).
 */
export class AllianceMembership {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async join(caller: Caller, args: JoinAllianceArgs): Promise<AllianceMember> {
    requireRole(caller, [Role.ADMIN], 'keep an alliance’s members');
    assertPastDate('joinedOn', args.joinedOn, shanghaiDateOf(this.clock()));
    return this.dataSource.transaction(async (manager) => {
      const { allianceId, enterpriseId } = await this.assertBothExist(manager, args);
      const current = await manager
        .getRepository(AllianceMember)
        .createQueryBuilder('member')
        .setLock('pessimistic_write')
        .where('member.alliance_id = :allianceId AND member.enterprise_id = :enterpriseId', {
          allianceId,
          enterpriseId,
        })
        .getOne();
      if (current && current.leftOn === null)
        throw new Conflict(`The enterprise has been a member since ${current.joinedOn}`, {
          joinedOn: current.joinedOn,
        });
      if (current?.leftOn && args.joinedOn < current.leftOn)
        throw new BadUserInput(
          'joinedOn',
          `joinedOn must not be before it left, on ${current.leftOn}`,
        );
      const member = manager.getRepository(AllianceMember).create({
        id: current?.id ?? randomUUID(),
        allianceId,
        enterpriseId,
        joinedOn: args.joinedOn,
        leftOn: null,
        sample: false,
      });
      await manager.getRepository(AllianceMember).save(member);
      return member;
    });
  }

  async leave(caller: Caller, args: LeaveAllianceArgs): Promise<AllianceMember> {
    requireRole(caller, [Role.ADMIN], 'keep an alliance’s members');
    assertPastDate('leftOn', args.leftOn, shanghaiDateOf(this.clock()));
    return this.dataSource.transaction(async (manager) => {
      const { allianceId, enterpriseId } = await this.assertBothExist(manager, args);
      const member = await manager
        .getRepository(AllianceMember)
        .createQueryBuilder('member')
        .setLock('pessimistic_write')
        .where('member.alliance_id = :allianceId AND member.enterprise_id = :enterpriseId', {
          allianceId,
          enterpriseId,
        })
        .getOne();
      if (!member || member.leftOn !== null)
        throw new Conflict('The enterprise is not a member of this alliance', {
          leftOn: member?.leftOn ?? null,
        });
      if (args.leftOn < member.joinedOn)
        throw new BadUserInput(
          'leftOn',
          `leftOn must not be before it joined, on ${member.joinedOn}`,
        );
      member.leftOn = args.leftOn;
      await manager.getRepository(AllianceMember).save(member);
      return member;
    });
  }

  private async assertBothExist(
    manager: EntityManager,
    args: { allianceId: string; enterpriseId: string },
  ): Promise<{ allianceId: string; enterpriseId: string }> {
    const allianceId = args.allianceId.toLowerCase();
    const enterpriseId = args.enterpriseId.toLowerCase();
    const [alliance] = (await manager.query('SELECT 1 FROM enterprise_alliance WHERE id = $1', [
      allianceId,
    ])) as unknown[];
    if (!alliance) throw new NotFound('EnterpriseAlliance', args.allianceId, 'allianceId');
    const [enterprise] = (await manager.query('SELECT 1 FROM enterprise WHERE id = $1', [
      enterpriseId,
    ])) as unknown[];
    if (!enterprise) throw new NotFound('Enterprise', args.enterpriseId, 'enterpriseId');
    return { allianceId, enterpriseId };
  }
}
