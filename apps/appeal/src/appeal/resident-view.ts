import { type Caller, Role, maskName } from '@erqi/shared/util-auth';

/**
 * 居民: a RESIDENT follows its own suggestions' appeals — status, steps, who handles them, the
 * closing feedback — but the people who handled them are not its business: their names are masked
 * (`张*`), as personal data is for every role that does not need it (docs/ACCESS.md).
 */
export function isResident(caller: Caller): boolean {
  return caller.kind === 'user' && caller.role === Role.RESIDENT;
}

const ROLES: ReadonlySet<string> = new Set(Object.values(Role));

/**
 * A timeline actor as a resident sees it: `GRID_WORKER:张三` (a person, by role and name) becomes
 * `GRID_WORKER:张*`; "system", channels and department codes name no person and stay as they are.
 */
export function actorForResident(actor: string): string {
  const colon = actor.indexOf(':');
  if (colon < 0) return actor;
  const role = actor.slice(0, colon);
  return ROLES.has(role) ? `${role}:${maskName(actor.slice(colon + 1))}` : actor;
}

/**
 * A timeline entry as a resident sees it: the actor masked, and the leader's name masked where a
 * step names it (建账领办 "on the ledger of 王五 (…)"); other notes are the handlers' words to the
 * filer and stay as written.
 */
export function entryForResident<T extends { actor: string; note: string }>(
  entry: T,
  leaderName: string | null,
): T {
  const note =
    leaderName && leaderName.length > 0
      ? entry.note.split(leaderName).join(maskName(leaderName))
      : entry.note;
  return { ...entry, actor: actorForResident(entry.actor), note };
}
