import { type Caller, Role, type UserCaller } from '@erqi/shared/util-auth';
import { Forbidden, Unauthenticated } from '@erqi/shared/util-errors';

/** Who keeps the ledger and reads the figures: supervisors (监督员) and admins. */
export const SUPERVISING_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN];

/** A signed-in user of one of `roles`: anonymous callers are UNAUTHENTICATED, everyone else FORBIDDEN. */
export function requireRole(caller: Caller, roles: readonly Role[], action: string): UserCaller {
  if (caller.kind === 'anonymous') throw new Unauthenticated(`Sign in first: ${action} needs a valid token`);
  if (caller.kind !== 'user' || !roles.includes(caller.role)) {
    const who = caller.kind === 'user' ? caller.role : 'a service without a user';
    throw new Forbidden(`${action} is for ${roles.join(' or ')}, not ${who}`);
  }
  return caller;
}
