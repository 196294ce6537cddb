import { Forbidden, Unauthenticated } from '@erqi/shared/util-errors';
import { type Caller, Role, type UserCaller } from './caller';

/**
 * The caller as a signed-in user. Anonymous callers, and our own services acting with no user behind
 * them, are UNAUTHENTICATED: what follows needs a person's token.
 */
export function requireUser(caller: Caller): UserCaller {
  if (caller.kind !== 'user') throw new Unauthenticated('Sign in first: this needs a valid token');
  return caller;
}

/** The caller, if their role is one of `roles`; otherwise FORBIDDEN naming who may (no user: UNAUTHENTICATED). */
export function requireRole(caller: Caller, roles: readonly Role[], what = 'do this'): UserCaller {
  const user = requireUser(caller);
  if (!roles.includes(user.role))
    throw new Forbidden(`Only ${roles.join(' or ')} may ${what}, not ${user.role}`);
  return user;
}

/** DEPARTMENT_STAFF whose token names their department; FORBIDDEN for anyone else. */
export function requireDepartmentStaff(
  caller: Caller,
  what: string,
): UserCaller & { departmentCode: string } {
  const user = requireRole(caller, [Role.DEPARTMENT_STAFF], what);
  if (!user.departmentCode)
    throw new Forbidden('Your token names no department, so you cannot act for one');
  return { ...user, departmentCode: user.departmentCode };
}

/** Whether a signed-in caller has one of the roles. */
export function hasRole(caller: Caller, roles: readonly Role[]): caller is UserCaller {
  return caller.kind === 'user' && roles.includes(caller.role);
}

/** 138****0001: enough to recognise a number, not to call it. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** 张*: a person's name with all but the first character hidden. */
export function maskName(name: string): string {
  const characters = [...name];
  return characters.length <= 1
    ? '*'
    : `${characters[0]}${'*'.repeat(Math.min(characters.length - 1, 3))}`;
}
