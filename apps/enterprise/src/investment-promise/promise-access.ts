import { type Caller, Role, requireUser, type UserCaller } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';
import type { PolicyPromise } from './policy-promise.entity';

/** Who registers projects, talents and the promises made to them: departments and the office. */
export const PROMISE_MAKERS: readonly Role[] = [Role.DEPARTMENT_STAFF, Role.ADMIN];

/**
 * The promise ledger (docs/ACCESS.md, "双招双引"): LEADER, SUPERVISOR and ADMIN read every promise,
 * DEPARTMENT_STAFF its own department's, everyone else none; as SQL over `alias`.
 */
export function promiseScopeFilter(
  caller: Caller,
  alias: string,
): { sql: string; parameters: Record<string, unknown> } {
  if (caller.kind === 'service') return { sql: 'FALSE', parameters: {} };
  const user = requireUser(caller);
  if ([Role.LEADER, Role.SUPERVISOR, Role.ADMIN].includes(user.role))
    return { sql: 'TRUE', parameters: {} };
  if (user.role === Role.DEPARTMENT_STAFF && user.departmentCode)
    return {
      sql: `${alias}.owner_department_code = :promiseScopeDepartment`,
      parameters: { promiseScopeDepartment: user.departmentCode },
    };
  return { sql: 'FALSE', parameters: {} };
}

/** Only the owning department (or ADMIN, for the office) fulfils a promise. */
export function assertMayFulfil(user: UserCaller, promise: PolicyPromise): void {
  if (user.role === Role.ADMIN) return;
  if (user.role === Role.DEPARTMENT_STAFF && user.departmentCode === promise.ownerDepartmentCode)
    return;
  throw new Forbidden('Only the department that owns this promise may fulfil it');
}
