import { type Caller, Role } from '@erqi/shared/util-auth';
import type { MisconductCase } from './misconduct-case.entity';

/** Who may report a case: supervisors (监督员) report, the discipline officer files. */
export const REPORTING_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.DISCIPLINE_OFFICER];

/**
 * Which cases a caller may know of: the discipline officer all, a supervisor the ones it reported,
 * anyone else (ADMIN included) none. A case outside this is answered as if it did not exist.
 */
export type CaseScope = { kind: 'all' } | { kind: 'reporter'; subject: string } | { kind: 'none' };

export function caseScopeOf(caller: Caller): CaseScope {
  if (caller.kind !== 'user') return { kind: 'none' };
  if (caller.role === Role.DISCIPLINE_OFFICER) return { kind: 'all' };
  if (caller.role === Role.SUPERVISOR) return { kind: 'reporter', subject: caller.subject };
  return { kind: 'none' };
}

export function canKnowOf(scope: CaseScope, found: MisconductCase): boolean {
  if (scope.kind === 'all') return true;
  return scope.kind === 'reporter' && found.reporterSubject === scope.subject;
}
