import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, requireRole } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseVisit } from './enterprise-visit.entity';
import { VisitNeed } from './visit-need.entity';
import { assertMayRaise, mayVisit, VISITORS, visitScopeFilter } from './visit-access';
import { visitNeedRaisedEvent } from './visit.events';
import type {
  EnterpriseVisitsArgs,
  LogEnterpriseVisitInput,
  RaiseVisitNeedInput,
} from './visit.input';

/** An appeal's title, when the visitor gives none: the need's first words. */
const TITLE_FROM_NEED_LENGTH = 60;

/** 万人助万企: visits, the needs heard on them, and a need raised as an appeal in one step. */
export class VisitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** Called after a transaction that enqueued events has committed, so they leave at once. */
    private readonly onEventsCommitted: () => void,
  ) {}

  /** One visit: NOT_FOUND when there is none, FORBIDDEN outside the caller's scope. */
  async get(caller: Caller, id: string): Promise<EnterpriseVisit> {
    const scope = visitScopeFilter(caller, 'visit');
    const found = isUuid(id)
      ? await this.dataSource
          .getRepository(EnterpriseVisit)
          .createQueryBuilder('visit')
          .addSelect(`(${scope.sql})`, 'scope_readable')
          .setParameters(scope.parameters)
          .where('visit.id = :id', { id })
          .getRawAndEntities<{ scope_readable: boolean }>()
      : null;
    const visit = found?.entities[0];
    if (!visit) throw new NotFound('EnterpriseVisit', id);
    if (found.raw[0]?.scope_readable !== true) throw new Forbidden('You may not see this visit');
    return visit;
  }

  /** Newest first, only those the caller may read (filtered in SQL, so counts and pages are right). */
  list(caller: Caller, args: EnterpriseVisitsArgs): Promise<Page<EnterpriseVisit>> {
    const scope = visitScopeFilter(caller, 'visit');
    const query = this.dataSource
      .getRepository(EnterpriseVisit)
      .createQueryBuilder('visit')
      .where(scope.sql, scope.parameters);
    if (args.enterpriseId)
      query.andWhere('visit.enterprise_id = :enterpriseId', {
        enterpriseId: args.enterpriseId.toLowerCase(),
      });
    return keysetPage(query, args, { sortColumn: 'visitedAt', direction: 'DESC' });
  }

  /** Logs a visit and its needs in one transaction; refused input writes nothing. */
  async log(caller: Caller, input: LogEnterpriseVisitInput): Promise<EnterpriseVisit> {
    const user = requireRole(caller, VISITORS, 'log a 万人助万企 visit');
    const now = this.clock();
    const visitedAt = input.visitedAt ?? now;
    if (visitedAt.getTime() > now.getTime())
      throw new BadUserInput('visitedAt', 'A visit is logged after it took place, not before');
    const enterprise = await this.dataSource
      .getRepository(Enterprise)
      .findOneBy({ id: input.enterpriseId.toLowerCase() });
    if (!enterprise)
      throw new BadUserInput('enterpriseId', 'There is no registered enterprise with this id');
    if (!mayVisit(user, enterprise))
      throw new Forbidden('A grid worker logs visits to the enterprises of its own cells');
    const visit = this.dataSource.getRepository(EnterpriseVisit).create({
      id: randomUUID(),
      enterpriseId: enterprise.id,
      visitedAt,
      summary: input.summary.trim(),
      visitorSubject: user.subject,
      visitorRole: user.role,
      visitorName: user.name ?? null,
      visitorDepartmentCode: user.departmentCode ?? null,
      recordedAt: now,
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(EnterpriseVisit, visit);
      if (input.needs.length > 0)
        await manager.insert(
          VisitNeed,
          input.needs.map((need, index) => ({
            id: randomUUID(),
            visitId: visit.id,
            position: index + 1,
            text: need.text.trim(),
            appealId: null,
            raisedAt: null,
            raisedBy: null,
          })),
        );
    });
    return visit;
  }

  /**
   * A need becomes an appeal in one step: the need fixes the appeal's id and the event carrying it
   * goes into the outbox in the same transaction; the appeal service files the appeal under that id
   * (channel ENTERPRISE_VISIT), once however often the event arrives. Raising a need again answers
   * the need as it is, with the same appeal id, and sends nothing.
   */
  async raise(caller: Caller, needId: string, input: RaiseVisitNeedInput): Promise<VisitNeed> {
    const user = requireRole(caller, VISITORS, 'raise a visit need as an appeal');
    const need = isUuid(needId)
      ? await this.dataSource.getRepository(VisitNeed).findOneBy({ id: needId.toLowerCase() })
      : null;
    if (!need) throw new NotFound('VisitNeed', needId, 'needId');
    const visit = await this.dataSource
      .getRepository(EnterpriseVisit)
      .findOneByOrFail({ id: need.visitId });
    const enterprise = await this.dataSource
      .getRepository(Enterprise)
      .findOneByOrFail({ id: visit.enterpriseId });
    assertMayRaise(user, visit, enterprise);
    if (need.appealId) return need;
    const now = this.clock();
    const raised = await this.dataSource.transaction(async (manager) => {
      const appealId = randomUUID();
      // Only a need not yet raised is claimed: two raises at once send one event.
      const claimed = (await manager.query(
        `WITH claimed AS (
           UPDATE visit_need SET appeal_id = $2, raised_at = $3, raised_by = $4
            WHERE id = $1 AND appeal_id IS NULL RETURNING id
         ) SELECT id FROM claimed`,
        [need.id, appealId, now, actorOf(user)],
      )) as Array<{ id: string }>;
      if (claimed.length === 0) return false;
      await enqueueEvents(manager, [
        visitNeedRaisedEvent(
          {
            appealId,
            needId: need.id,
            visitId: visit.id,
            enterpriseId: enterprise.id,
            title: input.title?.trim() || titleFrom(need.text),
            description: `万人助万企走访（${visit.visitedAt.toISOString()}）听到的诉求：${need.text}`,
            category: input.category,
            handlingMode: input.handlingMode,
            raisedAt: now.toISOString(),
            raisedBy: { subject: user.subject, role: user.role, name: user.name ?? null },
          },
          now,
        ),
      ]);
      return true;
    });
    if (raised) this.onEventsCommitted();
    return this.dataSource.getRepository(VisitNeed).findOneByOrFail({ id: need.id });
  }

  /** The needs of each visit, in their order, in one query per request. */
  needsLoader(): DataLoader<string, VisitNeed[]> {
    return new DataLoader(async (visitIds) => {
      const rows = await this.dataSource
        .getRepository(VisitNeed)
        .find({ where: { visitId: In([...visitIds]) }, order: { position: 'ASC' } });
      return visitIds.map((id) => rows.filter((row) => row.visitId === id));
    });
  }
}

function titleFrom(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const characters = [...oneLine];
  return characters.length <= TITLE_FROM_NEED_LENGTH
    ? oneLine
    : `${characters.slice(0, TITLE_FROM_NEED_LENGTH).join('')}…`;
}
