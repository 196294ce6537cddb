import { type Caller, Role, type UserCaller } from '@erqi/shared/util-auth';
import type { SelectQueryBuilder } from 'typeorm';
import type { ServiceApplication } from './service-application.entity';

/**
 * 办件 are seen by the enterprise that applied, the department that decides them, SUPERVISOR and
 * ADMIN; LEADER reads the figures only. Everyone else: nothing.
 */
export function maySeeApplication(caller: Caller, application: ServiceApplication): boolean {
  if (caller.kind !== 'user') return false;
  switch (caller.role) {
    case Role.ADMIN:
    case Role.SUPERVISOR:
      return true;
    case Role.ENTERPRISE:
      return caller.enterpriseId?.toLowerCase() === application.enterpriseId;
    case Role.DEPARTMENT_STAFF:
      return !!caller.departmentCode && caller.departmentCode === application.departmentCode;
    default:
      return false;
  }
}

/** The same rule as a condition on `alias`, so counts and pages hold only what the caller may see. */
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
      return query.andWhere(`${alias}.enterprise_id = :visibleEnterprise`, {
        visibleEnterprise:
          user.enterpriseId?.toLowerCase() ?? '00000000-0000-0000-0000-000000000000',
      });
    case Role.DEPARTMENT_STAFF:
      return query.andWhere(`${alias}.department_code = :visibleDepartment`, {
        visibleDepartment: user.departmentCode ?? '',
      });
    default:
      return query.andWhere('FALSE');
  }
}

/** 零超时 figures: LEADER, SUPERVISOR and ADMIN all of them; a department's staff its own. */
export const FIGURE_READERS: readonly Role[] = [
  Role.LEADER,
  Role.SUPERVISOR,
  Role.ADMIN,
  Role.DEPARTMENT_STAFF,
];
