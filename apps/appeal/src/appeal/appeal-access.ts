import { type Caller, Role, requireUser } from '@erqi/shared/util-auth';
import { Forbidden, NotFound } from '@erqi/shared/util-errors';
import { DispatchTargetKind } from '@erqi/appeal/util-contract';
import { isUuid } from '@erqi/shared/util-uuid';

/** A WHERE fragment over one appeal alias and its named parameters, for a query builder. */
export interface AppealScopeFilter {
  sql: string;
  parameters: Record<string, unknown>;
}

const EVERYTHING: AppealScopeFilter = { sql: 'TRUE', parameters: {} };
const NOTHING: AppealScopeFilter = { sql: 'FALSE', parameters: {} };

/** The roles that read every appeal. */
const READ_ALL: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN];

/**
 * Which appeals the caller may read (docs/ACCESS.md, "appeals"), as SQL over the alias `alias`, so
 * lists, counts, pages and batches are filtered in the database. Anonymous → UNAUTHENTICATED; one of
 * our services alone (no user) → nothing. Parameter names are prefixed so they never clash with a query's own.
 */
export function appealScopeFilter(caller: Caller, alias: string): AppealScopeFilter {
  if (caller.kind === 'service') return NOTHING;
  const user = requireUser(caller);
  if (READ_ALL.includes(user.role)) return EVERYTHING;
  const dispatchedTo = (kind: DispatchTargetKind, code: string | undefined): AppealScopeFilter =>
    code
      ? {
          sql: `EXISTS (SELECT 1 FROM appeal_dispatch scope_dispatch WHERE scope_dispatch.appeal_id = ${alias}.id AND scope_dispatch.target_kind = :scopeTargetKind AND scope_dispatch.target_code = :scopeTargetCode)`,
          parameters: { scopeTargetKind: kind, scopeTargetCode: code },
        }
      : NOTHING;
  switch (user.role) {
    case Role.ENTERPRISE:
      return user.enterpriseId && isUuid(user.enterpriseId)
        ? {
            sql: `${alias}.enterprise_id = :scopeEnterpriseId`,
            parameters: { scopeEnterpriseId: user.enterpriseId },
          }
        : NOTHING;
    case Role.GRID_WORKER: {
      const cells = (user.gridCellIds ?? []).filter(isUuid);
      return cells.length > 0
        ? {
            sql: `${alias}.grid_cell_id IN (:...scopeGridCellIds)`,
            parameters: { scopeGridCellIds: cells },
          }
        : NOTHING;
    }
    case Role.DEPARTMENT_STAFF: {
      // Its department's dispatches, and what its cadre raised on a 万人助万企 visit (filed in its name).
      const dispatched = dispatchedTo(DispatchTargetKind.DEPARTMENT, user.departmentCode);
      const filed = filedBy(alias, user.subject);
      return {
        sql: `(${dispatched.sql} OR ${filed.sql})`,
        parameters: { ...dispatched.parameters, ...filed.parameters },
      };
    }
    case Role.VOLUNTEER_LEAD:
      return dispatchedTo(DispatchTargetKind.VOLUNTEER_TEAM, user.teamCode);
    case Role.LEADER:
      // 领导领办 and 领导联系企业: its ledger (by id, never by name), its liaison enterprises' appeals,
      // and what it filed itself (LEADER_LIAISON).
      return {
        sql: `(${alias}.leader_id = :scopeLeaderId OR ${alias}.submitted_by = :scopeLeaderId OR ${LIAISON_SQL(alias, ':scopeLeaderId')})`,
        parameters: { scopeLeaderId: user.subject },
      };
    // The whistles (吹哨) and the experience officer: what they filed themselves (need-to-know).
    case Role.DEPUTY:
    case Role.STREET_COLLECTOR:
    case Role.HOTLINE_OPERATOR:
    case Role.EXPERIENCE_OFFICER:
      return filedBy(alias, user.subject);
    // 居民: only the appeals its own suggestions (意见表) became, by the resident id in its token.
    case Role.RESIDENT:
      return user.residentId && isUuid(user.residentId)
        ? {
            sql: `${alias}.resident_id = :scopeResidentId`,
            parameters: { scopeResidentId: user.residentId },
          }
        : NOTHING;
    default:
      return NOTHING;
  }
}

/** The appeals this user filed (`submitted_by` is the token's subject). */
function filedBy(alias: string, subject: string): AppealScopeFilter {
  return {
    sql: `${alias}.submitted_by = :scopeSubmittedBy`,
    parameters: { scopeSubmittedBy: subject },
  };
}

/** The appeal's enterprise is one the leader `param` liaises with, by the local copy of the registry. */
export const LIAISON_SQL = (alias: string, param: string): string =>
  `EXISTS (SELECT 1 FROM known_enterprise scope_liaison WHERE scope_liaison.id = ${alias}.enterprise_id AND ${param} = ANY (scope_liaison.leader_subjects))`;

/** FORBIDDEN for one appeal outside the caller's scope, saying nothing about it. */
export function appealForbidden(): Forbidden {
  return new Forbidden('You may not see this appeal');
}

/**
 * What one appeal outside the caller's scope answers: FORBIDDEN, except to a RESIDENT, for whom any
 * appeal but its own suggestions' is NOT_FOUND, as if it did not exist — a resident has no business
 * learning that an id names an appeal at all (docs/ACCESS.md, "A resident's suggestions").
 */
export function appealOutOfScope(caller: Caller, id: string): Forbidden | NotFound {
  return caller.kind === 'user' && caller.role === Role.RESIDENT
    ? new NotFound('Appeal', id)
    : appealForbidden();
}
