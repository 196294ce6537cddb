import { type Caller, requireUser, Role, type UserCaller } from '@erqi/shared/util-auth';
import { Forbidden } from '@erqi/shared/util-errors';
import type { SelectQueryBuilder } from 'typeorm';
import { type Policy, PolicyStatus } from './policy.entity';

/** A department's own staff and ADMIN keep a policy: edit, publish, move its applications. */
export function keepsPolicy(user: UserCaller, policy: Pick<Policy, 'departmentCode'>): boolean {
  return (
    user.role === Role.ADMIN ||
    (user.role === Role.DEPARTMENT_STAFF && user.departmentCode === policy.departmentCode)
  );
}

export function assertKeepsPolicy(
  caller: Caller,
  policy: Pick<Policy, 'departmentCode'>,
): UserCaller {
  const user = requireUser(caller);
  if (!keepsPolicy(user, policy))
    throw new Forbidden(
      `Only staff of ${policy.departmentCode} and ADMIN may do this to its policy`,
    );
  return user;
}

/** A published policy is public to everyone signed in; a draft only to those who keep it. */
export function maySeePolicy(user: UserCaller, policy: Policy): boolean {
  return policy.status === PolicyStatus.PUBLISHED || keepsPolicy(user, policy);
}

/** `maySeePolicy` as a condition on a query over `alias`. */
export function wherePolicyVisible<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  user: UserCaller,
): SelectQueryBuilder<T> {
  if (user.role === Role.ADMIN) return query;
  if (user.role === Role.DEPARTMENT_STAFF && user.departmentCode)
    return query.andWhere(
      `(${alias}.status = :published OR ${alias}.department_code = :ownDepartment)`,
      {
        published: PolicyStatus.PUBLISHED,
        ownDepartment: user.departmentCode,
      },
    );
  return query.andWhere(`${alias}.status = :published`, { published: PolicyStatus.PUBLISHED });
}
