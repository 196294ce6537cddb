import { Role, type UserCaller } from '@erqi/shared/util-auth';
import type { SelectQueryBuilder } from 'typeorm';
import type { SubsidyApplication } from './subsidy-application.entity';

/**
 * Who reads subsidy applications (docs/ACCESS.md): the enterprise its own, the policy's department its
 * policies', the grid worker its cells' enterprises', SUPERVISOR and ADMIN all. LEADER reads the figures only.
 */
export function whereApplicationVisible<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  user: UserCaller,
): SelectQueryBuilder<T> {
  switch (user.role) {
    case Role.ADMIN:
    case Role.SUPERVISOR:
      return query;
    case Role.ENTERPRISE:
      return user.enterpriseId
        ? query.andWhere(`${alias}.enterprise_id = :visibleEnterprise`, {
            visibleEnterprise: user.enterpriseId.toLowerCase(),
          })
        : query.andWhere('FALSE');
    case Role.DEPARTMENT_STAFF:
      return user.departmentCode
        ? query.andWhere(`${alias}.department_code = :visibleDepartment`, {
            visibleDepartment: user.departmentCode,
          })
        : query.andWhere('FALSE');
    case Role.GRID_WORKER:
      return user.gridCellIds?.length
        ? query.andWhere(
            `EXISTS (SELECT 1 FROM enterprise visible_enterprise WHERE visible_enterprise.id = ${alias}.enterprise_id AND visible_enterprise.grid_cell_id = ANY(:visibleCells))`,
            { visibleCells: user.gridCellIds.map((id) => id.toLowerCase()) },
          )
        : query.andWhere('FALSE');
    default:
      return query.andWhere('FALSE');
  }
}

/** The same rule for one application whose enterprise's cell is known. */
export function maySeeApplication(
  user: UserCaller,
  application: SubsidyApplication,
  enterpriseCellId: string | null,
): boolean {
  switch (user.role) {
    case Role.ADMIN:
    case Role.SUPERVISOR:
      return true;
    case Role.ENTERPRISE:
      return user.enterpriseId?.toLowerCase() === application.enterpriseId;
    case Role.DEPARTMENT_STAFF:
      return user.departmentCode === application.departmentCode;
    case Role.GRID_WORKER:
      return (
        !!enterpriseCellId &&
        (user.gridCellIds ?? []).some((id) => id.toLowerCase() === enterpriseCellId)
      );
    default:
      return false;
  }
}
