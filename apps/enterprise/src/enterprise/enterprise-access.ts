import { type Caller, maskName, maskPhone, requireUser, Role } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';
import type { SelectQueryBuilder } from 'typeorm';
import type { Enterprise } from './enterprise.entity';

/**
 * Which enterprises a caller may see (docs/ACCESS.md): every one, those of some cells, one by id, those a
 * LEADER liaises with (领导联系, the `leader_liaison` table), or none.
 */
export type EnterpriseScope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'cells'; gridCellIds: string[] }
  | { kind: 'own'; enterpriseId: string }
  | { kind: 'liaison'; leaderSubject: string };

const SEES_ALL: readonly Role[] = [
  Role.ADMIN,
  Role.SUPERVISOR,
  Role.DEPARTMENT_STAFF,
  // The whistles (吹哨) file for any registered enterprise, so they must find it; contacts masked.
  Role.DEPUTY,
  Role.STREET_COLLECTOR,
  Role.HOTLINE_OPERATOR,
];

/**
 * Enterprises read by a statement that checked the liaison in SQL, with the leaders it was checked for.
 * Only the row object that statement returned is recorded, so an enterprise read any other way is out of
 * a `liaison` scope (fail closed), and nothing carries over to another request.
 */
const liaisonCheckedFor = new WeakMap<Enterprise, Set<string>>();

/** Records that `enterprises` were read under `scope` with `whereEnterpriseVisible`; a no-op but for `liaison`. */
export function readUnderScope<T extends Enterprise | null>(
  scope: EnterpriseScope,
  enterprises: T[],
): T[] {
  if (scope.kind !== 'liaison') return enterprises;
  for (const enterprise of enterprises) {
    if (!enterprise) continue;
    const leaders = liaisonCheckedFor.get(enterprise) ?? new Set<string>();
    leaders.add(scope.leaderSubject);
    liaisonCheckedFor.set(enterprise, leaders);
  }
  return enterprises;
}
/** Contact name and phone in full; DEPARTMENT_STAFF and LEADER see them masked. */
const SEES_CONTACT: readonly Role[] = [Role.ADMIN, Role.SUPERVISOR];

export function enterpriseScope(caller: Caller): EnterpriseScope {
  // One of our own services asking which cell looks after an enterprise (the appeal service filing an
  // appeal): every enterprise, with personal data masked (see `maySeeContact`).
  if (caller.kind === 'service') return { kind: 'all' };
  if (caller.kind !== 'user') return { kind: 'none' };
  if (SEES_ALL.includes(caller.role)) return { kind: 'all' };
  if (caller.role === Role.LEADER) return { kind: 'liaison', leaderSubject: caller.subject };
  // A 体验官 is bound to its enterprise and files for it alone (from its own experience).
  if (
    (caller.role === Role.ENTERPRISE || caller.role === Role.EXPERIENCE_OFFICER) &&
    caller.enterpriseId
  )
    return { kind: 'own', enterpriseId: caller.enterpriseId.toLowerCase() };
  if (caller.role === Role.GRID_WORKER && caller.gridCellIds?.length) {
    return { kind: 'cells', gridCellIds: caller.gridCellIds.map((id) => id.toLowerCase()) };
  }
  return { kind: 'none' };
}

export function isInScope(scope: EnterpriseScope, enterprise: Enterprise): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'own':
      return enterprise.id.toLowerCase() === scope.enterpriseId;
    case 'cells':
      return scope.gridCellIds.includes(enterprise.gridCellId.toLowerCase());
    case 'liaison':
      // Only SQL knows the liaisons: in scope if it was read with `whereEnterpriseVisible` for this leader.
      return liaisonCheckedFor.get(enterprise)?.has(scope.leaderSubject) ?? false;
  }
}

/** UNAUTHENTICATED without a token; FORBIDDEN for roles that see no enterprise; our own services read all. */
export function requireEnterpriseReader(caller: Caller): { scope: EnterpriseScope } {
  if (caller.kind === 'service') return { scope: enterpriseScope(caller) };
  const scope = enterpriseScope(requireUser(caller));
  if (scope.kind === 'none') throw new Forbidden('Your role may not see enterprises');
  return { scope };
}

/** The enterprise, if the caller may see it; FORBIDDEN otherwise (also for a missing one, when the caller sees only some). */
export function assertMaySeeEnterprise(
  caller: Caller,
  enterprise: Enterprise | null,
): Enterprise | null {
  const { scope } = requireEnterpriseReader(caller);
  if (enterprise && isInScope(scope, enterprise)) return enterprise;
  if (!enterprise && scope.kind === 'all') return null;
  throw new Forbidden('You may not see this enterprise');
}

/** The scope as a condition on a query over `alias`; `none` matches no row. */
export function whereEnterpriseVisible<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  scope: EnterpriseScope,
): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'all':
      return query;
    case 'none':
      return query.andWhere('FALSE');
    case 'own':
      return query.andWhere(`${alias}.id = :visibleEnterpriseId`, {
        visibleEnterpriseId: scope.enterpriseId,
      });
    case 'cells':
      return query.andWhere(`${alias}.grid_cell_id IN (:...visibleGridCellIds)`, {
        visibleGridCellIds: scope.gridCellIds,
      });
    case 'liaison':
      return query.andWhere(
        `EXISTS (SELECT 1 FROM leader_liaison liaison WHERE liaison.leader_subject = :visibleToLeader AND liaison.enterprise_id = ${alias}.id)`,
        { visibleToLeader: scope.leaderSubject },
      );
  }
}

/** ADMIN, SUPERVISOR, the enterprise itself and the grid worker of its cell see the contact in full. */
export function maySeeContact(caller: Caller, enterprise: Enterprise): boolean {
  if (caller.kind !== 'user') return false;
  if (SEES_CONTACT.includes(caller.role)) return true;
  if (caller.role === Role.ENTERPRISE || caller.role === Role.GRID_WORKER)
    return isInScope(enterpriseScope(caller), enterprise);
  return false;
}

export function contactNameFor(caller: Caller, enterprise: Enterprise): string {
  return maySeeContact(caller, enterprise)
    ? enterprise.contactName
    : maskName(enterprise.contactName);
}

export function contactPhoneFor(caller: Caller, enterprise: Enterprise): string {
  return maySeeContact(caller, enterprise)
    ? enterprise.contactPhone
    : maskPhone(enterprise.contactPhone);
}

/** ADMIN anywhere; a GRID_WORKER in one of their own cells; FORBIDDEN for everyone else. */
export function assertMayRegisterIn(caller: Caller, gridCellId: string): void {
  const user = requireUser(caller);
  if (user.role === Role.ADMIN) return;
  if (
    user.role === Role.GRID_WORKER &&
    (user.gridCellIds ?? []).some((id) => id.toLowerCase() === gridCellId.toLowerCase())
  )
    return;
  throw new Forbidden(
    user.role === Role.GRID_WORKER
      ? 'You may register enterprises only in your own grid cells'
      : 'Only ADMIN or the grid worker of the cell may register an enterprise',
  );
}

/** Whether the caller acts for this enterprise (ENTERPRISE role, their own). */
export function actsForEnterprise(caller: Caller, enterpriseId: string): boolean {
  return (
    caller.kind === 'user' &&
    caller.role === Role.ENTERPRISE &&
    caller.enterpriseId?.toLowerCase() === enterpriseId.toLowerCase()
  );
}
