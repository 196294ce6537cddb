import { type Caller, maskPhone, Role } from '@erqi/shared/util-auth';

/** Who may see a team member's number in part (138****0001): those who may need to reach them through the office. */
const MASKED_READERS: readonly Role[] = [Role.LEADER, Role.DISCIPLINE_OFFICER];

/**
 * A member's phone by need-to-know (docs/ACCESS.md, "rosters"): the office (ADMIN) and the member
 * themself in full; leaders and the discipline office masked; everyone else — other members of the
 * same team included — nothing.
 */
export function visiblePhone(
  caller: Caller,
  member: { phone: string; userSubject: string | null },
): string | null {
  if (caller.kind !== 'user') return null;
  if (caller.role === Role.ADMIN) return member.phone;
  if (member.userSubject !== null && member.userSubject === caller.subject) return member.phone;
  if (MASKED_READERS.includes(caller.role)) return maskPhone(member.phone);
  return null;
}
