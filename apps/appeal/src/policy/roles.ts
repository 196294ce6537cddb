import { type Caller, Role, type UserCaller } from '@erqi/shared/util-auth';
import { Forbidden, Unauthenticated } from '@erqi/shared/util-errors';
import { WorkflowAction } from './workflow-action';

/** Which appeals a role may act on: any, or only those in its scope. */
export enum Scope {
  ANY = 'ANY',
  /** GRID_WORKER: appeals of enterprises in their cells. */
  OWN_CELL = 'OWN_CELL',
  /** DEPARTMENT_STAFF: appeals their department leads. */
  LEAD_DEPARTMENT = 'LEAD_DEPARTMENT',
  /** ENTERPRISE: its own appeals. */
  OWN_ENTERPRISE = 'OWN_ENTERPRISE',
  /** LEADER: the appeals on its ledger (建账领办, `leaderId` = its token subject). */
  OWN_LEDGER = 'OWN_LEDGER',
  /**
   * LEADER: the appeals it may read — its ledger and its liaison enterprises' appeals (领导联系企业) —
   * so that it never acts on, or claims, a case it could not already see.
   */
  LEADER_SEES = 'LEADER_SEES',
}

/** Who keeps the ledger (暗访督导台账) and reads the figures: supervisors (监督员) and admins. */
export const SUPERVISING_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN];

const HANDLERS = {
  [Role.DEPARTMENT_STAFF]: Scope.LEAD_DEPARTMENT,
  [Role.LEADER]: Scope.OWN_LEDGER,
  [Role.ADMIN]: Scope.ANY,
} as const;

/** Who may take each step, and on which appeals. A role not listed may not. */
export const ACTION_ROLES: Readonly<Record<WorkflowAction, Partial<Record<Role, Scope>>>> = {
  [WorkflowAction.ACCEPT]: { [Role.GRID_WORKER]: Scope.OWN_CELL, ...HANDLERS },
  [WorkflowAction.HANDLE]: HANDLERS,
  [WorkflowAction.TRANSFER]: HANDLERS,
  [WorkflowAction.RESOLVE]: HANDLERS,
  [WorkflowAction.ADD_PROGRESS_NOTE]: { [Role.GRID_WORKER]: Scope.OWN_CELL, ...HANDLERS },
  // A LEADER claims a case it already sees, or hands on one of its ledger (checked by the service);
  // only ADMIN, the office that assigns, puts a case onto any leader's ledger.
  [WorkflowAction.ASSIGN_LEADER]: { [Role.LEADER]: Scope.LEADER_SEES, [Role.ADMIN]: Scope.ANY },
  [WorkflowAction.CHANGE_HANDLING_MODE]: {
    [Role.SUPERVISOR]: Scope.ANY,
    [Role.LEADER]: Scope.LEADER_SEES,
  },
  [WorkflowAction.EVALUATE]: {
    [Role.ENTERPRISE]: Scope.OWN_ENTERPRISE,
    [Role.GRID_WORKER]: Scope.OWN_CELL,
  },
  [WorkflowAction.REOPEN]: {
    [Role.SUPERVISOR]: Scope.ANY,
    [Role.LEADER]: Scope.OWN_LEDGER,
    [Role.ADMIN]: Scope.ANY,
  },
  [WorkflowAction.CLOSE]: {
    [Role.GRID_WORKER]: Scope.OWN_CELL,
    [Role.SUPERVISOR]: Scope.ANY,
    [Role.ADMIN]: Scope.ANY,
  },
  [WorkflowAction.MERGE_DUPLICATE]: { [Role.GRID_WORKER]: Scope.OWN_CELL, [Role.ADMIN]: Scope.ANY },
  [WorkflowAction.KEEP_DUPLICATE]: { [Role.GRID_WORKER]: Scope.OWN_CELL, [Role.ADMIN]: Scope.ANY },
  [WorkflowAction.EXPIRE_EVALUATION]: {},
};

/** What scope checks need to know about an appeal. */
export interface AppealScope {
  enterpriseId: string;
  gridCellId: string;
  /** The leader (token subject) whose ledger it is on (建账领办), if any. */
  leaderId: string | null;
  /** The leaders who liaise with its enterprise (领导联系企业), looked up only when a leader asks. */
  liaisonLeaders: () => Promise<readonly string[]>;
  /** The code of the department leading it, looked up only when a department's staff asks. */
  leadDepartmentCode: () => Promise<string | null>;
}

const FORBIDDEN = 'You may not do this to this appeal';

/**
 * The first check, before the appeal is read: anonymous → UNAUTHENTICATED, a role that may never take
 * the step (or a service) → FORBIDDEN. Returns the caller and the scope the role is limited to.
 */
export function requireActionRole(
  caller: Caller,
  action: WorkflowAction,
): { user: UserCaller; scope: Scope } {
  if (caller.kind !== 'user') {
    if (caller.kind === 'anonymous') throw new Unauthenticated();
    throw new Forbidden(FORBIDDEN);
  }
  const scope = ACTION_ROLES[action][caller.role];
  if (!scope) throw new Forbidden(FORBIDDEN);
  return { user: caller, scope };
}

/** The second check, on the appeal itself: FORBIDDEN, saying nothing about it, when it is outside the caller's scope. */
export async function requireScope(
  user: UserCaller,
  scope: Scope,
  appeal: AppealScope,
): Promise<void> {
  if (!(await inScope(user, scope, appeal))) throw new Forbidden(FORBIDDEN);
}

async function inScope(user: UserCaller, scope: Scope, appeal: AppealScope): Promise<boolean> {
  switch (scope) {
    case Scope.ANY:
      return true;
    case Scope.OWN_CELL:
      return (user.gridCellIds ?? []).includes(appeal.gridCellId);
    case Scope.OWN_ENTERPRISE:
      return user.enterpriseId !== undefined && user.enterpriseId === appeal.enterpriseId;
    case Scope.OWN_LEDGER:
      return onLedgerOf(user, appeal);
    case Scope.LEADER_SEES:
      return onLedgerOf(user, appeal) || (await appeal.liaisonLeaders()).includes(user.subject);
    case Scope.LEAD_DEPARTMENT: {
      if (!user.departmentCode) return false;
      return (await appeal.leadDepartmentCode()) === user.departmentCode;
    }
  }
}

/** The case is on the caller's own ledger, by id (never by a name anyone could share). */
export function onLedgerOf(user: UserCaller, appeal: Pick<AppealScope, 'leaderId'>): boolean {
  return user.subject !== '' && user.subject === appeal.leaderId;
}

/**
 * Who may file an appeal (docs/ACCESS.md, submitAppeal), and so upload its photos: each role that
 * files through a channel of its own (util-contract's `channelOfEntry` table: an enterprise for
 * itself, a grid worker for its cells, a leader for its liaison enterprises, the whistles and an
 * experience officer), and ADMIN on behalf of any way in.
 */
export const APPEAL_SUBMITTERS: readonly Role[] = [
  Role.ENTERPRISE,
  Role.GRID_WORKER,
  Role.LEADER,
  Role.DEPUTY,
  Role.STREET_COLLECTOR,
  Role.HOTLINE_OPERATOR,
  Role.EXPERIENCE_OFFICER,
  Role.ADMIN,
];
