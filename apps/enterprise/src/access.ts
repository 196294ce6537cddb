import { type Caller, Role, type UserCaller } from '@erqi/shared/util-auth';
import { Forbidden, Unauthenticated } from '@erqi/shared/util-errors';

/** The signed-in user behind a request; UNAUTHENTICATED for no token, FORBIDDEN for a service acting on its own. */
export function requireUser(caller: Caller): UserCaller {
  if (caller.kind === 'user') return caller;
  if (caller.kind === 'anonymous') throw new Unauthenticated();
  throw new Forbidden('This needs a signed-in user, not a service token');
}

/** The caller, if they hold one of `roles`; otherwise UNAUTHENTICATED (no token) or FORBIDDEN naming who may. */
export function requireRole(caller: Caller, roles: readonly Role[], action: string): UserCaller {
  const user = requireUser(caller);
  if (!roles.includes(user.role)) throw new Forbidden(`Only ${roles.join(' or ')} may ${action}`);
  return user;
}

/** DEPARTMENT_STAFF with the department their token names; FORBIDDEN for anyone else. */
export function requireDepartmentStaff(caller: Caller, action: string): UserCaller & { departmentCode: string } {
  const user = requireRole(caller, [Role.DEPARTMENT_STAFF], action);
  if (!user.departmentCode) throw new Forbidden('Your token names no department, so you cannot act for one');
  return user as UserCaller & { departmentCode: string };
}

/** Whether the caller acts for this enterprise (ENTERPRISE role, their own). */
export function actsForEnterprise(caller: Caller, enterpriseId: string): boolean {
  return caller.kind === 'user' && caller.role === Role.ENTERPRISE && caller.enterpriseId?.toLowerCase() === enterpriseId.toLowerCase();
}

/** Mainland mobile numbers as `138****0001`: enough to recognise, not enough to call. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}` : '*'.repeat(phone.length);
}
