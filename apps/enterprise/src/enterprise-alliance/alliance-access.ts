import { type Caller, requireUser, Role } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';

/**
 * Who reads an alliance (docs/ACCESS.md, "Collective economy"): LEADER, SUPERVISOR and ADMIN every
 * alliance with all its members; an ENTERPRISE the alliances it belongs to, with itself as the only
 * member listed (the totals, which the community publishes, in full); every other role none.
 */
export type AllianceScope = { kind: 'all' } | { kind: 'member'; enterpriseId: string };

const SEES_ALL: readonly Role[] = [Role.ADMIN, Role.SUPERVISOR, Role.LEADER];

export function requireAllianceReader(caller: Caller): AllianceScope {
  const user = requireUser(caller);
  if (SEES_ALL.includes(user.role)) return { kind: 'all' };
  if (user.role === Role.ENTERPRISE && user.enterpriseId)
    return { kind: 'member', enterpriseId: user.enterpriseId.toLowerCase() };
  throw new Forbidden(
    'Only LEADER, SUPERVISOR, ADMIN and member enterprises may see enterprise alliances',
  );
}
