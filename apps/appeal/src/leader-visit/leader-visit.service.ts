import { randomUUID } from 'node:crypto';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, requireRole, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource } from 'typeorm';
import { appealScopeFilter } from '../appeal/appeal-access';
import { Appeal } from '../appeal/appeal.entity';
import { TimelineEntry, TimelineEntryKind } from '../appeal/timeline-entry.entity';
import { LeaderVisit } from './leader-visit.entity';
import type { LeaderVisitsArgs, LogLeaderVisitInput } from './leader-visit.input';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** 调研 (深入一线): leaders log visits against their cases; supervisors and admins read them all. */
export class LeaderVisitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async log(caller: Caller, input: LogLeaderVisitInput): Promise<LeaderVisit> {
    const leader = requireRole(caller, [Role.LEADER], 'log a 调研 visit');
    const now = this.clock();
    const visitedOn = checkedDay(input.visitedOn, now);
    const place = required(input.place, 'place', 'Say where the visit was');
    const findings = required(input.findings, 'findings', 'Say what the visit found');
    const appealIds = [...new Set(input.appealIds.map((id) => id.toLowerCase()))];
    if (appealIds.length === 0)
      throw new BadUserInput('appealIds', 'Link the visit to at least one of your cases');
    const enterpriseId = await this.checkedEnterprise(input.enterpriseId);
    const appeals = await this.visibleAppeals(caller, appealIds);
    const visit = Object.assign(new LeaderVisit(), {
      id: randomUUID(),
      leaderId: leader.subject,
      leaderName: leader.name || leader.subject,
      visitedOn,
      place,
      enterpriseId,
      findings,
      loggedAt: now,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(LeaderVisit).insert(visit);
      for (const appeal of appeals) {
        await manager.query(
          'INSERT INTO leader_visit_appeal (visit_id, appeal_id) VALUES ($1, $2)',
          [visit.id, appeal.id],
        );
        await manager.insert(TimelineEntry, {
          id: randomUUID(),
          appealId: appeal.id,
          at: now,
          actor: actorOf(caller),
          fromStatus: appeal.status,
          toStatus: appeal.status,
          note: `调研: ${visit.leaderName} visited ${place} on ${visitedOn}: ${findings}`,
          kind: TimelineEntryKind.STEP,
        });
      }
    });
    return Object.assign(visit, { appealIds: appeals.map((appeal) => appeal.id) });
  }

  async list(caller: Caller, args: LeaderVisitsArgs): Promise<Page<LeaderVisit>> {
    const user = requireRole(
      caller,
      [Role.LEADER, Role.SUPERVISOR, Role.ADMIN],
      'read 调研 visits',
    );
    const query = this.dataSource.getRepository(LeaderVisit).createQueryBuilder('visit');
    // A leader reads only its own visits, whatever it asks for.
    const leaderId = user.role === Role.LEADER ? user.subject : args.leaderId?.trim();
    if (leaderId) query.where('visit.leader_id = :leaderId', { leaderId });
    const page = await keysetPage(query, args, { sortColumn: 'loggedAt', direction: 'DESC' });
    const ids = page.nodes.map((visit) => visit.id);
    const links = ids.length
      ? ((await this.dataSource.query(
          'SELECT visit_id AS "visitId", appeal_id AS "appealId" FROM leader_visit_appeal WHERE visit_id = ANY ($1) ORDER BY appeal_id',
          [ids],
        )) as Array<{ visitId: string; appealId: string }>)
      : [];
    for (const visit of page.nodes)
      visit.appealIds = links.filter((link) => link.visitId === visit.id).map((l) => l.appealId);
    return page;
  }

  /** The cases, each of which the leader may read; BAD_USER_INPUT otherwise, saying nothing of the others. */
  private async visibleAppeals(caller: Caller, ids: string[]): Promise<Appeal[]> {
    if (!ids.every(isUuid)) throw new BadUserInput('appealIds', 'appealIds must be ids of appeals');
    const scope = appealScopeFilter(caller, 'appeal');
    const found = await this.dataSource
      .getRepository(Appeal)
      .createQueryBuilder('appeal')
      .where('appeal.id IN (:...ids)', { ids })
      .andWhere(scope.sql, scope.parameters)
      .getMany();
    if (found.length !== ids.length)
      throw new BadUserInput(
        'appealIds',
        'A visit is linked only to cases you see: your ledger and your liaison enterprises’ appeals',
      );
    return found;
  }

  private async checkedEnterprise(id: string | null | undefined): Promise<string | null> {
    if (id === null || id === undefined || id.trim() === '') return null;
    const rows = isUuid(id)
      ? ((await this.dataSource.query('SELECT id FROM known_enterprise WHERE id = $1', [
          id.toLowerCase(),
        ])) as Array<{ id: string }>)
      : [];
    if (rows.length === 0) throw new BadUserInput('enterpriseId', `There is no enterprise ${id}`);
    return id.toLowerCase();
  }
}

function checkedDay(value: string, now: Date): string {
  const day = value.trim();
  const date = new Date(`${day}T00:00:00Z`);
  if (!DAY.test(day) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day)
    throw new BadUserInput('visitedOn', 'visitedOn must be a day such as 2026-12-01');
  // A day ahead of UTC's is allowed: Zhengzhou is UTC+8.
  if (date.getTime() > now.getTime() + 24 * 60 * 60 * 1000)
    throw new BadUserInput('visitedOn', 'visitedOn cannot be in the future');
  return day;
}

function required(value: string, field: string, message: string): string {
  const text = value.trim();
  if (!text) throw new BadUserInput(field, message);
  return text;
}
