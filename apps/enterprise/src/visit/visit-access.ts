import { type Caller, Role, requireUser, type UserCaller } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import type { Enterprise } from '../enterprise/enterprise.entity';
import type { EnterpriseVisit } from './enterprise-visit.entity';

/** Who visits enterprises (万人助万企): grid workers and cadres (departments, leaders); ADMIN types one in. */
export const VISITORS: readonly Role[] = [
  Role.GRID_WORKER,
  Role.DEPARTMENT_STAFF,
  Role.LEADER,
  Role.ADMIN,
];

/** A grid worker visits the enterprises of its cells; a cadre any registered enterprise. */
export function mayVisit(user: UserCaller, enterprise: Enterprise): boolean {
  if (user.role !== Role.GRID_WORKER) return true;
  return (user.gridCellIds ?? []).some(
    (cell) => cell.toLowerCase() === enterprise.gridCellId.toLowerCase(),
  );
}

/**
 * Who reads a visit (docs/ACCESS.md, "万人助万企 visits"), as SQL over the visit alias `alias`:
 * ADMIN and SUPERVISOR all; the enterprise the visits to itself; a grid worker those to its cells'
 * enterprises; DEPARTMENT_STAFF its department's; a LEADER its own; anyone else none.
 */
export function visitScopeFilter(
  caller: Caller,
  alias: string,
): { sql: string; parameters: Record<string, unknown> } {
  if (caller.kind === 'service') return { sql: 'FALSE', parameters: {} };
  const user = requireUser(caller);
  switch (user.role) {
    case Role.ADMIN:
    case Role.SUPERVISOR:
      return { sql: 'TRUE', parameters: {} };
    case Role.ENTERPRISE:
      return user.enterpriseId && isUuid(user.enterpriseId)
        ? {
            sql: `${alias}.enterprise_id = :visitScopeEnterprise`,
            parameters: { visitScopeEnterprise: user.enterpriseId.toLowerCase() },
          }
        : { sql: 'FALSE', parameters: {} };
    case Role.GRID_WORKER: {
      const cells = (user.gridCellIds ?? []).filter(isUuid).map((id) => id.toLowerCase());
      return cells.length > 0
        ? {
            sql: `EXISTS (SELECT 1 FROM enterprise visit_scope_enterprise WHERE visit_scope_enterprise.id = ${alias}.enterprise_id AND visit_scope_enterprise.grid_cell_id IN (:...visitScopeCells))`,
            parameters: { visitScopeCells: cells },
          }
        : { sql: 'FALSE', parameters: {} };
    }
    case Role.DEPARTMENT_STAFF:
      return {
        sql: `(${alias}.visitor_subject = :visitScopeSubject OR ${alias}.visitor_department_code = :visitScopeDepartment)`,
        parameters: {
          visitScopeSubject: user.subject,
          visitScopeDepartment: user.departmentCode ?? '',
        },
      };
    case Role.LEADER:
      return {
        sql: `${alias}.visitor_subject = :visitScopeSubject`,
        parameters: { visitScopeSubject: user.subject },
      };
    default:
      return { sql: 'FALSE', parameters: {} };
  }
}

/** Who turns a visit's need into an appeal: its visitor, the grid worker of the enterprise's cell, ADMIN. */
export function assertMayRaise(
  user: UserCaller,
  visit: EnterpriseVisit,
  enterprise: Enterprise,
): void {
  if (user.role === Role.ADMIN || user.subject === visit.visitorSubject) return;
  if (user.role === Role.GRID_WORKER && mayVisit(user, enterprise)) return;
  throw new Forbidden(
    "Only the visitor, the enterprise's grid worker or ADMIN may raise this need",
  );
}
