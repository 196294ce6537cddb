import { type Caller, Role, requireRole, type UserCaller } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';

/**
 * Who sees what of the community (docs/ACCESS.md, "Community"). Personal data is shown in full only
 * to COMMUNITY_STAFF of the resident's community and to the resident's own household (RESIDENT);
 * every other signed-in role sees it masked; anonymous callers see nothing.
 */
export const COMMUNITY_READERS: readonly Role[] = [
  Role.COMMUNITY_STAFF,
  Role.RESIDENT,
  Role.LEADER,
  Role.SUPERVISOR,
  Role.GRID_WORKER,
  Role.ADMIN,
];

/** The roles that run payouts, record life events, visits and aid decisions. */
export const COMMUNITY_WRITERS: readonly Role[] = [Role.COMMUNITY_STAFF];

/** A reader of community data: FORBIDDEN for other roles, UNAUTHENTICATED without a token. */
export function requireCommunityReader(caller: Caller, what: string): UserCaller {
  return requireRole(caller, COMMUNITY_READERS, what);
}

/** COMMUNITY_STAFF of this community; FORBIDDEN for anyone else, or staff of another community. */
export function requireCommunityStaff(
  caller: Caller,
  communityCode: string,
  what: string,
): UserCaller {
  const user = requireRole(caller, COMMUNITY_WRITERS, what);
  if (user.communityCode !== communityCode)
    throw new Forbidden(`Only the staff of community ${communityCode} may ${what}`);
  return user;
}

/** Whether the caller sees a household's members unmasked: its community's staff, or one of its own. */
export function seesUnmasked(
  caller: Caller,
  household: { id: string; communityCode: string },
  residentHouseholdId: string | null,
): boolean {
  if (caller.kind !== 'user') return false;
  if (caller.role === Role.COMMUNITY_STAFF) return caller.communityCode === household.communityCode;
  if (caller.role === Role.RESIDENT) return residentHouseholdId === household.id;
  return false;
}
