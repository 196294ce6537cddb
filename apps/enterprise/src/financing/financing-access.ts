import { Role, type UserCaller } from '@erqi/shared/util-auth';
import type { SelectQueryBuilder } from 'typeorm';

/**
 * Financing needs (融资需求): the enterprise its own, the grid worker its cells' enterprises',
 * SUPERVISOR and ADMIN (the platform office that puts them to banks) all.
 */
export function whereNeedVisible<T extends object>(
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
        ? query.andWhere(`${alias}.enterprise_id = :needEnterprise`, {
            needEnterprise: user.enterpriseId.toLowerCase(),
          })
        : query.andWhere('FALSE');
    case Role.GRID_WORKER:
      return user.gridCellIds?.length
        ? query.andWhere(
            `EXISTS (SELECT 1 FROM enterprise need_enterprise WHERE need_enterprise.id = ${alias}.enterprise_id AND need_enterprise.grid_cell_id = ANY(:needCells))`,
            { needCells: user.gridCellIds.map((id) => id.toLowerCase()) },
          )
        : query.andWhere('FALSE');
    default:
      return query.andWhere('FALSE');
  }
}
