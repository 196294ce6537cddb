import { Conflict } from '@erqi/shared/util-errors';
import { AppealStatus } from '@erqi/appeal/util-contract';
import { ACTION_VERBS, WorkflowAction } from './workflow-action';

const { SUBMITTED, ACCEPTED, HANDLING, TRANSFERRED, RESOLVED, EVALUATED, CLOSED, REOPENED } =
  AppealStatus;

export interface Transition {
  /** The statuses the action is allowed from. */
  from: readonly AppealStatus[];
  /** Where it leads; null when the status stays (a note, a leader, a kept duplicate). */
  to: AppealStatus | null;
}

/**
 * The closed loop as data: 集中受理 → 直办转办 → 调查处理 → 结案反馈 → 评价回访 → 整改提升. An unsatisfied
 * evaluation (1–2) is EVALUATE then REOPEN in one step. A duplicate can be merged only before anyone
 * handles it; keeping it (clearing the flag) is possible until it is closed.
 */
export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  [WorkflowAction.ACCEPT]: { from: [SUBMITTED], to: ACCEPTED },
  [WorkflowAction.HANDLE]: { from: [ACCEPTED, REOPENED], to: HANDLING },
  [WorkflowAction.TRANSFER]: { from: [ACCEPTED, HANDLING, TRANSFERRED, REOPENED], to: TRANSFERRED },
  [WorkflowAction.RESOLVE]: { from: [HANDLING, TRANSFERRED, REOPENED], to: RESOLVED },
  [WorkflowAction.EVALUATE]: { from: [RESOLVED], to: EVALUATED },
  [WorkflowAction.REOPEN]: { from: [RESOLVED, EVALUATED], to: REOPENED },
  [WorkflowAction.CLOSE]: { from: [EVALUATED], to: CLOSED },
  [WorkflowAction.EXPIRE_EVALUATION]: { from: [RESOLVED], to: CLOSED },
  [WorkflowAction.ADD_PROGRESS_NOTE]: {
    from: [ACCEPTED, HANDLING, TRANSFERRED, REOPENED],
    to: null,
  },
  [WorkflowAction.ASSIGN_LEADER]: {
    from: [SUBMITTED, ACCEPTED, HANDLING, TRANSFERRED, REOPENED],
    to: null,
  },
  [WorkflowAction.CHANGE_HANDLING_MODE]: {
    from: [SUBMITTED, ACCEPTED, HANDLING, TRANSFERRED, REOPENED],
    to: null,
  },
  [WorkflowAction.MERGE_DUPLICATE]: { from: [SUBMITTED, ACCEPTED], to: CLOSED },
  [WorkflowAction.KEEP_DUPLICATE]: {
    from: [SUBMITTED, ACCEPTED, HANDLING, TRANSFERRED, RESOLVED, EVALUATED, REOPENED],
    to: null,
  },
};

export function isAllowedFrom(action: WorkflowAction, status: AppealStatus): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** CONFLICT, with the current status, when `action` is not allowed from `status`; changes nothing. */
export function requireAllowedFrom(action: WorkflowAction, status: AppealStatus): void {
  if (isAllowedFrom(action, status)) return;
  const allowed = TRANSITIONS[action].from.join(', ');
  throw new Conflict(
    `The appeal is ${status}, so it cannot be ${ACTION_VERBS[action]} now; that is allowed only from ${allowed}`,
    {
      currentStatus: status,
      allowedFrom: [...TRANSITIONS[action].from],
    },
  );
}
