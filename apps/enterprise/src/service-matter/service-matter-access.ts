import { type Caller, Role, type UserCaller } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';

/**
 * 清单管理: ADMIN keeps the whole list; DEPARTMENT_STAFF the matters of its own department (and only
 * as matters of its department). Everyone else reads the published list only.
 */
export function assertMayMaintain(user: UserCaller, departmentCode: string): void {
  if (user.role === Role.ADMIN) return;
  if (user.role === Role.DEPARTMENT_STAFF && user.departmentCode === departmentCode) return;
  throw new Forbidden(
    'Only ADMIN and staff of the owning department may maintain a matter of the list',
  );
}

/** Who sees a department's withdrawn matters and the versions: ADMIN, SUPERVISOR and its staff. */
export function maySeeHistory(caller: Caller, departmentCode: string): boolean {
  if (caller.kind !== 'user') return false;
  if (caller.role === Role.ADMIN || caller.role === Role.SUPERVISOR) return true;
  return caller.role === Role.DEPARTMENT_STAFF && caller.departmentCode === departmentCode;
}
