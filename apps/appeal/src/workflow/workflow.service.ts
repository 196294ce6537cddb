import { randomUUID } from 'node:crypto';
import { enqueueEvents, type OutboundEvent } from '@erqi/shared/data-access-events';
import { actorOf, type Caller, Role } from '@erqi/shared/util-auth';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import type { DataSource, EntityManager } from 'typeorm';
import { Appeal } from '../appeal/appeal.entity';
import {
  AppealStatus,
  ClosureReason,
  HANDLING_MODE_LABELS,
  HandlingMode,
} from '../appeal/appeal.enums';
import { dueAtFor } from '../policy/deadline-policy';
import { TimelineEntry, TimelineEntryKind } from '../appeal/timeline-entry.entity';
import { addWorkingDuration } from '@erqi/shared/util-working-calendar';
import type { Clock } from '@erqi/shared/util-clock';
import type { DepartmentDirectory, DirectoryDepartment } from '../dispatch/department-directory';
import type { LeaderDirectory } from '../enterprise/leader-directory';
import { DispatchRole } from '../dispatch/dispatch.enums';
import type { DispatchService } from '../dispatch/dispatch.service';
import { isUuid } from '@erqi/shared/util-uuid';
import type { WorkflowPolicy } from '../policy/workflow-policy';
import { onLedgerOf, requireActionRole, requireScope } from '../policy/roles';
import { requireAllowedFrom } from '../policy/transitions';
import { DuplicateAction } from './workflow.input';
import { appealTransitionEvent } from './workflow.events';
import {
  currentDepartmentDispatches,
  leadDepartmentCode,
  liaisonLeaders,
  progressNotesSinceHandlingStarted,
} from './workflow.queries';
import { WorkflowAction } from '../policy/workflow-action';

/** Ratings at or below this reopen the case for rectification (整改提升). */
export const UNSATISFIED_AT_OR_BELOW = 2;
const DEPARTMENT_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
const LEADER_ID_MAX_LENGTH = 200;

/** A move along the closed loop, with its timeline note. */
interface Step {
  to: Exclude<AppealStatus, typeof AppealStatus.SUBMITTED>;
  note: string;
}

/** What one action writes: status steps, other timeline entries, columns, and work inside the transaction. */
interface Change {
  steps?: Step[];
  entries?: Array<{ note: string; kind?: TimelineEntryKind }>;
  set?: Partial<
    Pick<
      Appeal,
      | 'dueAt'
      | 'leaderId'
      | 'leaderName'
      | 'handlingMode'
      | 'feedback'
      | 'resolvedAt'
      | 'evaluationDueAt'
      | 'evaluationRating'
      | 'evaluationComment'
      | 'evaluatedAt'
      | 'closedAt'
      | 'closureReason'
      | 'possibleDuplicateOfId'
    >
  >;
  within?: (manager: EntityManager, appeal: Appeal) => Promise<unknown>;
}

export interface WorkflowServiceDependencies {
  dataSource: DataSource;
  dispatcher: DispatchService;
  departments: DepartmentDirectory;
  clock: Clock;
  policy: WorkflowPolicy;
  /** Who is a leader: a case goes only onto a leader's ledger. */
  leaders: LeaderDirectory;
  /** Called after a transaction that enqueued events has committed (wakes the outbox relay). */
  onEventsCommitted: () => void;
}

/**
 * The closed loop after submission: each step is checked against the role table (who), the state
 * table (from where) and the handling mode's rules, then written with its timeline entries and
 * events in one transaction that only succeeds if nobody changed the appeal since it was read.
 */
export class WorkflowService {
  constructor(private readonly deps: WorkflowServiceDependencies) {}

  accept(caller: Caller, id: string, note: string | null | undefined): Promise<Appeal> {
    return this.apply(caller, WorkflowAction.ACCEPT, id, () => ({
      steps: [{ to: AppealStatus.ACCEPTED, note: withNote('集中受理: accepted', note) }],
    }));
  }

  handle(caller: Caller, id: string, note: string | null | undefined): Promise<Appeal> {
    return this.apply(caller, WorkflowAction.HANDLE, id, async (appeal) => {
      this.requireLeader(appeal);
      if (appeal.handlingMode === HandlingMode.JOINT) {
        const current = await currentDepartmentDispatches(this.deps.dataSource, appeal.id);
        if (!current.some((dispatch) => dispatch.role === DispatchRole.ASSISTING)) {
          throw new Conflict(
            '合力共办 (JOINT) needs a lead and at least one assisting department: transfer it with transferAppeal(departmentCodes: [lead, assisting, …])',
            {
              currentStatus: appeal.status,
            },
          );
        }
      }
      return {
        steps: [
          {
            to: AppealStatus.HANDLING,
            note: withNote('直办: the lead department handles it directly', note),
          },
        ],
      };
    });
  }

  transfer(
    caller: Caller,
    id: string,
    departmentCodes: readonly string[],
    note: string | null | undefined,
  ): Promise<Appeal> {
    return this.apply(caller, WorkflowAction.TRANSFER, id, async (appeal) => {
      this.requireLeader(appeal);
      const departments = await this.departmentsFor(departmentCodes, appeal.handlingMode);
      const names = departments
        .map((department, index) => `${department.code} (${index === 0 ? 'lead' : 'assisting'})`)
        .join(', ');
      return {
        steps: [
          { to: AppealStatus.TRANSFERRED, note: withNote(`转办: transferred to ${names}`, note) },
        ],
        within: (manager, moved) => this.deps.dispatcher.dispatchTo(moved, departments, manager),
      };
    });
  }

  resolve(caller: Caller, id: string, feedback: string): Promise<Appeal> {
    return this.apply(caller, WorkflowAction.RESOLVE, id, async (appeal, now) => {
      const text = required(feedback, 'feedback', 'Say what was done: feedback must not be empty');
      this.requireLeader(appeal);
      if (appeal.handlingMode === HandlingMode.JOINT) {
        const waiting = (await currentDepartmentDispatches(this.deps.dataSource, appeal.id))
          .filter((dispatch) => !dispatch.acknowledgedAt)
          .map((dispatch) => dispatch.targetCode);
        if (waiting.length > 0) {
          throw new Conflict(
            `合力共办 (JOINT): ${waiting.join(', ')} must report in (acknowledgeDispatch) before the case can be resolved`,
            {
              currentStatus: appeal.status,
              unacknowledged: waiting,
            },
          );
        }
      }
      if (
        appeal.handlingMode === HandlingMode.TRACKED &&
        (await progressNotesSinceHandlingStarted(this.deps.dataSource, appeal.id)) === 0
      ) {
        throw new Conflict(
          '跟踪盯办 (TRACKED): record at least one progress note (addProgressNote) before resolving',
          { currentStatus: appeal.status },
        );
      }
      return {
        steps: [{ to: AppealStatus.RESOLVED, note: `结案反馈: ${text}` }],
        set: {
          feedback: text,
          resolvedAt: now,
          evaluationDueAt: addWorkingDuration(
            this.deps.policy.calendar,
            now,
            this.deps.policy.evaluationWindow,
          ),
        },
      };
    });
  }

  evaluate(
    caller: Caller,
    id: string,
    rating: number,
    comment: string | null | undefined,
  ): Promise<Appeal> {
    return this.apply(caller, WorkflowAction.EVALUATE, id, (appeal, now) => {
      if (!Number.isInteger(rating) || rating < 1 || rating > 5)
        throw new BadUserInput('rating', 'rating must be a whole number from 1 to 5');
      const text = comment?.trim() || null;
      const visit = `评价回访: rated ${rating} of 5${text ? `: ${text}` : ''}`;
      const set = {
        evaluationRating: rating,
        evaluationComment: text,
        evaluatedAt: now,
        evaluationDueAt: null,
      };
      if (rating > UNSATISFIED_AT_OR_BELOW)
        return { steps: [{ to: AppealStatus.EVALUATED, note: visit }], set };
      const dueAt = this.dueFrom(appeal, now);
      return {
        steps: [
          { to: AppealStatus.EVALUATED, note: visit },
          {
            to: AppealStatus.REOPENED,
            note: `整改提升: reopened automatically, the evaluation was unsatisfied (${rating} of 5); new deadline ${dueAt.toISOString()}`,
          },
        ],
        set: { ...set, dueAt },
      };
    });
  }

  reopen(caller: Caller, id: string, reason: string | null | undefined): Promise<Appeal> {
    return this.apply(caller, WorkflowAction.REOPEN, id, (appeal, now) => {
      const dueAt = this.dueFrom(appeal, now);
      return {
        steps: [
          {
            to: AppealStatus.REOPENED,
            note: withNote(
              `整改提升: reopened for rectification; new deadline ${dueAt.toISOString()}`,
              reason,
            ),
          },
        ],
        set: { dueAt, evaluationDueAt: null },
      };
    });
  }

  close(caller: Caller, id: string, note: string | null | undefined): Promise<Appeal> {
    return this.apply(caller, WorkflowAction.CLOSE, id, (_appeal, now) => ({
      steps: [
        { to: AppealStatus.CLOSED, note: withNote('办结: closed after its evaluation', note) },
      ],
      set: { closedAt: now, closureReason: ClosureReason.EVALUATED },
    }));
  }

  addProgressNote(caller: Caller, id: string, note: string): Promise<Appeal> {
    return this.apply(caller, WorkflowAction.ADD_PROGRESS_NOTE, id, () => ({
      entries: [
        {
          note: `进展: ${required(note, 'note', 'A progress note must say something')}`,
          kind: TimelineEntryKind.PROGRESS,
        },
      ],
    }));
  }

  /**
   * 建账领办 by identity. ADMIN puts the case on any leader's ledger (`leaderId` required); a LEADER
   * claims a case it already sees (no `leaderId`, or its own), or hands on a case of its own ledger.
   */
  assignLeader(
    caller: Caller,
    id: string,
    leaderId: string | null | undefined,
    leaderName: string | null | undefined,
  ): Promise<Appeal> {
    return this.apply(caller, WorkflowAction.ASSIGN_LEADER, id, async (appeal) => {
      const claims = caller.kind === 'user' && caller.role === Role.LEADER;
      const named = leaderId?.trim() || null;
      if (named !== null && named.length > LEADER_ID_MAX_LENGTH)
        throw new BadUserInput(
          'leaderId',
          'leaderId must be a token subject of 1 to 200 characters',
        );
      const target = named ?? (claims ? caller.subject : null);
      if (!target)
        throw new BadUserInput('leaderId', 'Name the leader (its id) who takes the case');
      const self = claims && target === caller.subject;
      // A leader claims what it sees; handing on to another is only for a case on its own ledger.
      if (claims && !self && !onLedgerOf(caller, appeal))
        throw new Forbidden('You may only hand on a case that is on your own ledger');
      // A leader claiming for itself is one by its token; anyone else named must be a known leader.
      const known = self ? null : await this.deps.leaders.findLeader(target);
      if (!self && !known)
        throw new BadUserInput(
          'leaderId',
          `${target} is no leader (区领导) this service knows: name a LEADER's id`,
        );
      const name = (self ? caller.name : leaderName?.trim() || known?.name) || null;
      return {
        entries: [{ note: `建账领办: on the ledger of ${name ? `${name} (${target})` : target}` }],
        set: { leaderId: target, leaderName: name },
      };
    });
  }

  /** A supervisor, or a leader on a case it sees, changes the handling mode; the reason goes on the timeline. */
  changeHandlingMode(
    caller: Caller,
    id: string,
    mode: HandlingMode,
    reason: string,
  ): Promise<Appeal> {
    return this.apply(caller, WorkflowAction.CHANGE_HANDLING_MODE, id, (appeal) => {
      const why = required(reason, 'reason', 'Say why the handling mode changes');
      if (mode === appeal.handlingMode)
        throw new BadUserInput('mode', `The case is already ${mode}`);
      // The deadline promised to the enterprise stands; only how the case is run changes.
      return {
        entries: [
          {
            note: `办理方式: ${HANDLING_MODE_LABELS[appeal.handlingMode]} (${appeal.handlingMode}) → ${HANDLING_MODE_LABELS[mode]} (${mode}): ${why}`,
          },
        ],
        set: { handlingMode: mode },
      };
    });
  }

  resolveDuplicate(caller: Caller, id: string, action: DuplicateAction): Promise<Appeal> {
    const workflowAction =
      action === DuplicateAction.MERGE
        ? WorkflowAction.MERGE_DUPLICATE
        : WorkflowAction.KEEP_DUPLICATE;
    return this.apply(caller, workflowAction, id, async (appeal, now) => {
      if (!appeal.possibleDuplicateOfId)
        throw new Conflict('This appeal is not flagged as a possible duplicate', {
          currentStatus: appeal.status,
        });
      const original = await this.deps.dataSource
        .getRepository(Appeal)
        .findOneBy({ id: appeal.possibleDuplicateOfId });
      const earlier = `appeal ${appeal.possibleDuplicateOfId}${original ? ` 「${original.title}」` : ''}`;
      if (action === DuplicateAction.KEEP)
        return {
          entries: [{ note: `不是重复: kept apart from ${earlier}` }],
          set: { possibleDuplicateOfId: null },
        };
      return {
        steps: [
          {
            to: AppealStatus.CLOSED,
            note: `合并: a duplicate of ${earlier}, merged into it and closed`,
          },
        ],
        set: { closedAt: now, closureReason: ClosureReason.MERGED },
      };
    });
  }

  private async apply(
    caller: Caller,
    action: WorkflowAction,
    id: string,
    plan: (appeal: Appeal, now: Date) => Change | Promise<Change>,
  ): Promise<Appeal> {
    const { user, scope } = requireActionRole(caller, action);
    const appeal = await this.find(id);
    await requireScope(user, scope, {
      ...appeal,
      leadDepartmentCode: () => leadDepartmentCode(this.deps.dataSource, appeal),
      liaisonLeaders: () => liaisonLeaders(this.deps.dataSource, appeal.enterpriseId),
    });
    requireAllowedFrom(action, appeal.status);
    const now = this.deps.clock();
    const change = await plan(appeal, now);
    await this.commit(appeal, actorOf(caller), now, change);
    this.deps.onEventsCommitted();
    return this.find(id);
  }

  /** Writes a change if the appeal still has the version it was read at; CONFLICT otherwise, and nothing is written. */
  private async commit(appeal: Appeal, actor: string, at: Date, change: Change): Promise<void> {
    const steps = change.steps ?? [];
    const finalStatus = steps.at(-1)?.to ?? appeal.status;
    const dueAt = change.set?.dueAt ?? appeal.dueAt;
    await this.deps.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Appeal)
        .set({ ...change.set, status: finalStatus, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: appeal.id, version: appeal.version })
        .execute();
      if (result.affected !== 1)
        throw new Conflict('The appeal changed meanwhile: reload it and try again', {
          reason: 'STALE',
        });

      const entries: Array<Partial<TimelineEntry>> = [];
      const events: OutboundEvent[] = [];
      let from = appeal.status;
      for (const step of steps) {
        entries.push({
          id: randomUUID(),
          appealId: appeal.id,
          at,
          actor,
          fromStatus: from,
          toStatus: step.to,
          note: step.note,
          kind: TimelineEntryKind.STEP,
        });
        events.push(
          appealTransitionEvent({
            appealId: appeal.id,
            fromStatus: from,
            toStatus: step.to,
            actor,
            at,
            note: step.note,
            dueAt,
          }),
        );
        from = step.to;
      }
      for (const entry of change.entries ?? []) {
        entries.push({
          id: randomUUID(),
          appealId: appeal.id,
          at,
          actor,
          fromStatus: finalStatus,
          toStatus: finalStatus,
          note: entry.note,
          kind: entry.kind ?? TimelineEntryKind.STEP,
        });
      }
      // One row at a time, so the insertion order (which breaks ties of `at`) follows the steps.
      for (const entry of entries) await manager.insert(TimelineEntry, entry);
      await enqueueEvents(manager, events);
      const moved = Object.assign(new Appeal(), appeal, change.set, {
        status: finalStatus,
        version: appeal.version + 1,
      });
      await change.within?.(manager, moved);
    });
  }

  private async find(id: string): Promise<Appeal> {
    const appeal = isUuid(id)
      ? await this.deps.dataSource.getRepository(Appeal).findOneBy({ id })
      : null;
    if (!appeal) throw new NotFound('Appeal', id);
    return appeal;
  }

  /** A new deadline, counted from `from` in working time by the appeal's handling mode. */
  private dueFrom(appeal: Appeal, from: Date): Date {
    return dueAtFor(
      appeal.handlingMode,
      from,
      this.deps.policy.calendar,
      this.deps.policy.handlingDeadlines,
    );
  }

  /** 建账领办: a LEDGER case is handled only once it is on a named leader's ledger. */
  private requireLeader(appeal: Appeal): void {
    if (appeal.handlingMode === HandlingMode.LEDGER && !appeal.leaderId) {
      throw new Conflict('建账领办 (LEDGER): a leader must take the case first (assignLeader)', {
        currentStatus: appeal.status,
      });
    }
  }

  /** The departments a transfer names, checked with the grid service: the first leads, JOINT needs at least one more. */
  private async departmentsFor(
    codes: readonly string[],
    handlingMode: HandlingMode,
  ): Promise<DirectoryDepartment[]> {
    if (codes.length === 0)
      throw new BadUserInput('departmentCodes', 'Name at least one department; the first leads');
    if (new Set(codes).size !== codes.length)
      throw new BadUserInput('departmentCodes', 'Name each department once');
    if (handlingMode === HandlingMode.JOINT && codes.length < 2) {
      throw new BadUserInput(
        'departmentCodes',
        '合力共办 (JOINT) needs a lead and at least one assisting department',
      );
    }
    const departments: DirectoryDepartment[] = [];
    for (const code of codes) {
      const department = DEPARTMENT_CODE.test(code)
        ? await this.deps.departments.findByCode(code)
        : null;
      if (!department)
        throw new BadUserInput('departmentCodes', `There is no department ${code}`, {
          departmentCode: code,
        });
      departments.push(department);
    }
    return departments;
  }
}

function withNote(base: string, note: string | null | undefined): string {
  const text = note?.trim();
  return text ? `${base}: ${text}` : base;
}

function required(value: string, field: string, message: string): string {
  const text = value.trim();
  if (!text) throw new BadUserInput(field, message);
  return text;
}
