import { randomUUID } from 'node:crypto';
import { enqueueEvents, type OutboundEvent } from '@erqi/shared/data-access-events';
import { Conflict, NotFound, NotYetKnown } from '@erqi/shared/util-errors';
import type { DataSource, EntityManager } from 'typeorm';
import { AppealCategory } from '../appeal-category/appeal-category.entity';
import { Appeal } from '../appeal/appeal.entity';
import { TimelineEntry } from '../appeal/timeline-entry.entity';
import type { Clock } from '@erqi/shared/util-clock';
import { isUuid } from '@erqi/shared/util-uuid';
import { AppealDispatch } from './appeal-dispatch.entity';
import type { DepartmentDirectory, DirectoryDepartment } from './department-directory';
import {
  acknowledgeByFor,
  acknowledgementNote,
  chooseRule,
  type DispatchTarget,
  dispatchNote,
  dispatchTargets,
} from './dispatch-plan';
import type { DispatchRuleService } from './dispatch-rule.service';
import { appealAcknowledgedEvent, appealDispatchedEvents } from './dispatch.events';
import { DispatchTargetKind } from './dispatch.enums';
import type { VolunteerTeamDirectory } from './volunteer-team-directory';
import type { WorkflowPolicy } from '../policy/workflow-policy';

/** Who an appeal goes to: the lead department, then every target (the lead first). */
export interface DispatchPlan {
  lead: DirectoryDepartment;
  targets: DispatchTarget[];
}

/** A dispatch's rows and events, made but not written. */
export interface PreparedDispatch {
  dispatches: AppealDispatch[];
  timelineEntry: Partial<TimelineEntry>;
  events: OutboundEvent[];
}

/** Who the timeline names for a dispatch made by the rules rather than by a person. */
const DISPATCH_ACTOR = 'system';

export interface DispatchServiceDependencies {
  dataSource: DataSource;
  rules: DispatchRuleService;
  departments: DepartmentDirectory;
  volunteerTeams: VolunteerTeamDirectory;
  clock: Clock;
  /** The working calendar and how much working time a department has to report in (报到) under each handling mode. */
  policy: Pick<WorkflowPolicy, 'calendar' | 'acknowledgementDeadlines'>;
  /** Called after a transaction that enqueued events has committed, so they leave at once. */
  onEventsCommitted: () => void;
}

/** Resolves who must act on an appeal (派单), records it and announces it; takes departments' reports (报到). */
export class DispatchService {
  constructor(private readonly deps: DispatchServiceDependencies) {}

  /**
   * Whole minutes of working time left before the department must report in, counted now with the
   * calendar that set the deadline; 0 once it has passed, null once reported in or without a deadline.
   */
  acknowledgeWorkingMinutesLeft(dispatch: AppealDispatch): number | null {
    if (dispatch.acknowledgedAt || !dispatch.acknowledgeBy) return null;
    const left = this.deps.policy.calendar.workingMillisecondsBetween(
      this.deps.clock(),
      dispatch.acknowledgeBy,
    );
    return Math.floor(left / 60_000);
  }

  /**
   * Dispatches an appeal inside the caller's transaction: the rule for its category and cell picks the
   * lead and assisting departments (else the category's default department leads alone), and the teams
   * covering the cell join when the category is volunteer-eligible. Records each dispatch, sets the
   * lead, appends a timeline entry and enqueues one `cn.erqi.appeal.dispatched` per target. Handlers of
   * other services' events call it; a submission calls `plan` and `prepare` to write its own rows and
   * these together; a transfer calls `dispatchTo`; the caller wakes the relay after commit.
   */
  async dispatch(appeal: Appeal, manager: EntityManager): Promise<AppealDispatch[]> {
    const category = await manager.findOneBy(AppealCategory, { code: appeal.categoryCode });
    if (!category) throw new NotFound('AppealCategory', appeal.categoryCode, 'category');
    return this.record(appeal, await this.plan(appeal, category, manager), manager);
  }

  /**
   * Who an appeal of `category` in its cell goes to, read inside the caller's transaction (the
   * rules, the default department, the teams): the lead first, then the assisting departments and teams.
   */
  async plan(
    appeal: Pick<Appeal, 'categoryCode' | 'gridCellId'>,
    category: AppealCategory,
    manager: EntityManager,
  ): Promise<DispatchPlan> {
    const rule = chooseRule(
      await this.deps.rules.candidates(category.code, appeal.gridCellId, manager),
      appeal.gridCellId,
    );
    const lead = rule
      ? { id: rule.leadDepartmentId, code: rule.leadDepartmentCode }
      : await this.defaultDepartmentOf(category, manager);
    // Through the transaction's own connection: one more per open transaction deadlocks a full pool.
    const teams = category.volunteerEligible
      ? await this.deps.volunteerTeams.teamsCovering(appeal.gridCellId, manager)
      : [];
    return { lead, targets: dispatchTargets(lead, rule?.assistingDepartments ?? [], teams) };
  }

  /**
   * Dispatches an appeal to the departments a person chose (转办), inside the caller's transaction: the
   * first leads, the others assist. Recorded and announced like a dispatch by the rules.
   */
  async dispatchTo(
    appeal: Appeal,
    departments: readonly DirectoryDepartment[],
    manager: EntityManager,
  ): Promise<AppealDispatch[]> {
    const [lead, ...assisting] = departments;
    if (!lead) throw new RangeError('A transfer names at least one department');
    return this.record(appeal, { lead, targets: dispatchTargets(lead, assisting, []) }, manager);
  }

  /** Writes a prepared dispatch of an appeal already stored: its dispatches, its lead, its timeline entry, its events. */
  private async record(
    appeal: Appeal,
    plan: DispatchPlan,
    manager: EntityManager,
  ): Promise<AppealDispatch[]> {
    const prepared = this.prepare(appeal, plan);
    await manager.insert(AppealDispatch, prepared.dispatches);
    await manager.update(
      Appeal,
      { id: appeal.id },
      { leadDepartmentId: plan.lead.id, version: () => 'version + 1' },
    );
    appeal.leadDepartmentId = plan.lead.id;
    appeal.version += 1;
    await manager.insert(TimelineEntry, prepared.timelineEntry);
    await enqueueEvents(manager, prepared.events);
    return prepared.dispatches;
  }

  /**
   * The rows and events of dispatching `appeal` by `plan`, written by nobody yet: `record` writes them
   * for a stored appeal, a submission writes them with the new appeal's own (the appeal row is then
   * inserted with `plan.lead` as its lead and its version counted up, as `record` would leave it).
   */
  prepare(appeal: Appeal, { targets }: DispatchPlan): PreparedDispatch {
    const dispatchedAt = this.deps.clock();
    const dispatches = targets.map((target) =>
      this.deps.dataSource.manager.create(AppealDispatch, {
        id: randomUUID(),
        appealId: appeal.id,
        targetKind: target.kind,
        targetId: target.id,
        targetCode: target.code,
        role: target.role,
        dispatchedAt,
        acknowledgeBy: acknowledgeByFor(
          target,
          dispatchedAt,
          this.deps.policy.acknowledgementDeadlines[appeal.handlingMode],
          this.deps.policy.calendar,
          appeal.dueAt,
        ),
        acknowledgedAt: null,
      }),
    );
    const timelineEntry: Partial<TimelineEntry> = {
      id: randomUUID(),
      appealId: appeal.id,
      at: dispatchedAt,
      actor: DISPATCH_ACTOR,
      fromStatus: appeal.status,
      toStatus: appeal.status,
      note: dispatchNote(targets),
    };
    const events = dispatches.flatMap((dispatch) => appealDispatchedEvents(appeal, dispatch));
    return { dispatches, timelineEntry, events };
  }

  /**
   * A department reports in (报到) on an appeal dispatched to it, by the `acknowledgeDispatch` mutation:
   * CONFLICT when it had already reported in. See `reportIn`.
   */
  async acknowledge(appealId: string, departmentCode: string): Promise<Appeal> {
    const appeal = await this.deps.dataSource.transaction(async (manager) => {
      const outcome = await this.reportIn(manager, appealId, departmentCode);
      if (outcome.alreadyAt) {
        const at = outcome.alreadyAt.toISOString();
        throw new Conflict(`${departmentCode} already reported in (报到) on this appeal at ${at}`, {
          field: 'departmentCode',
          acknowledgedAt: at,
        });
      }
      return outcome.appeal;
    });
    this.deps.onEventsCommitted();
    return appeal;
  }

  /**
   * Records a department's report (报到) inside the caller's transaction, for the mutation and for a
   * report that arrives as an event alike: marks its latest dispatch, appends a timeline entry and
   * enqueues `cn.erqi.appeal.acknowledged`. The appeal's row is locked first, so of two reports at once
   * the second waits and then finds the first: it changes nothing and answers `alreadyAt`.
   * NOT_FOUND when there is no such appeal or no dispatch of it to this department.
   */
  async reportIn(
    manager: EntityManager,
    appealId: string,
    departmentCode: string,
    note?: string,
  ): Promise<{ appeal: Appeal; alreadyAt?: Date }> {
    const locked = isUuid(appealId)
      ? await manager.findOne(Appeal, {
          where: { id: appealId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!locked) throw new NotFound('Appeal', appealId, 'appealId');
    const dispatch = await manager.findOne(AppealDispatch, {
      where: {
        appealId: locked.id,
        targetKind: DispatchTargetKind.DEPARTMENT,
        targetCode: departmentCode,
      },
      order: { dispatchedAt: 'DESC', insertionOrder: 'DESC' },
    });
    if (!dispatch) throw new NotFound('Dispatch', departmentCode, 'departmentCode');
    if (dispatch.acknowledgedAt) return { appeal: locked, alreadyAt: dispatch.acknowledgedAt };
    const acknowledgedAt = this.deps.clock();
    await manager.update(AppealDispatch, { id: dispatch.id }, { acknowledgedAt });
    const text = note?.trim();
    await manager.insert(TimelineEntry, {
      id: randomUUID(),
      appealId: locked.id,
      at: acknowledgedAt,
      actor: departmentCode,
      fromStatus: locked.status,
      toStatus: locked.status,
      note: text
        ? `${acknowledgementNote(departmentCode)}: ${text}`
        : acknowledgementNote(departmentCode),
    });
    await enqueueEvents(manager, [
      appealAcknowledgedEvent(locked.id, departmentCode, acknowledgedAt),
    ]);
    return { appeal: locked };
  }

  /**
   * With no rule, the category's default department leads; its code comes from the local copy of the
   * grid service's registry. Not there yet: NOT_YET_KNOWN, and the caller's transaction writes nothing.
   */
  private async defaultDepartmentOf(
    category: AppealCategory,
    manager: EntityManager,
  ): Promise<{ id: string; code: string }> {
    const department = await this.deps.departments.findById(category.defaultDepartmentId, manager);
    if (!department) throw new NotYetKnown('Department', category.defaultDepartmentId, 'category');
    return department;
  }
}
