import { type Caller, requireUser, Role } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';
import type { SelectQueryBuilder } from 'typeorm';

/**
 * Who reads the collective economy's figures (docs/ACCESS.md, "Collective economy"): LEADER, SUPERVISOR
 * and ADMIN every enterprise's (the leader's board, not only the enterprises it liaises with); an
 * ENTERPRISE its own; every other role none.
 */
export type FiguresScope = { kind: 'all' } | { kind: 'own'; enterpriseId: string };

const SEES_ALL: readonly Role[] = [Role.ADMIN, Role.SUPERVISOR, Role.LEADER];

/** UNAUTHENTICATED without a user; FORBIDDEN for a role that reads no enterprise's figures. */
export function requireFiguresReader(caller: Caller): FiguresScope {
  const user = requireUser(caller);
  if (SEES_ALL.includes(user.role)) return { kind: 'all' };
  if (user.role === Role.ENTERPRISE && user.enterpriseId)
    return { kind: 'own', enterpriseId: user.enterpriseId.toLowerCase() };
  throw new Forbidden(
    'Only LEADER, SUPERVISOR, ADMIN and an enterprise (its own) may see enterprises’ yearly figures',
  );
}

/** FORBIDDEN for an enterprise other than the caller's own (decided before anything is looked up). */
export function assertMaySeeFiguresOf(caller: Caller, enterpriseId: string): FiguresScope {
  const scope = requireFiguresReader(caller);
  if (scope.kind === 'own' && scope.enterpriseId !== enterpriseId.toLowerCase())
    throw new Forbidden('An enterprise sees its own figures only');
  return scope;
}

/** ADMIN for any enterprise, an ENTERPRISE for itself; FORBIDDEN for everyone else. */
export function assertMayRecordFiguresOf(caller: Caller, enterpriseId: string): void {
  const user = requireUser(caller);
  if (user.role === Role.ADMIN) return;
  if (
    user.role === Role.ENTERPRISE &&
    user.enterpriseId?.toLowerCase() === enterpriseId.toLowerCase()
  )
    return;
  throw new Forbidden(
    user.role === Role.ENTERPRISE
      ? 'An enterprise records its own figures only'
      : 'Only ADMIN or the enterprise itself may record its yearly figures',
  );
}

/** The scope as a condition on a query whose `alias` has an `enterprise_id` column. */
export function whereFiguresVisible<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  scope: FiguresScope,
): SelectQueryBuilder<T> {
  return scope.kind === 'all'
    ? query
    : query.andWhere(`${alias}.enterprise_id = :visibleEnterpriseId`, {
        visibleEnterpriseId: scope.enterpriseId,
      });
}
