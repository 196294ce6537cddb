import { type Caller, Role, type UserCaller } from '@erqi/shared/util-auth';
import type { SelectQueryBuilder } from 'typeorm';
import { actsForEnterprise } from '../enterprise/enterprise-access';
import type { Project } from './project.entity';

/**
 * ADMIN and SUPERVISOR see every project; the butler theirs; the enterprise its own; DEPARTMENT_STAFF
 * those their department serves. A LEADER's liaison enterprises' projects need the database:
 * `liaises` says whether the leader liaises with the project's enterprise.
 */
export function maySeeProject(user: UserCaller, project: Project, liaises = false): boolean {
  if (user.role === Role.ADMIN || user.role === Role.SUPERVISOR || isButler(user, project))
    return true;
  if (user.role === Role.LEADER && liaises) return true;
  if (actsForEnterprise(user, project.enterpriseId)) return true;
  return (
    user.role === Role.DEPARTMENT_STAFF &&
    !!user.departmentCode &&
    project.departmentCodes.includes(user.departmentCode)
  );
}

/** The same rule as `maySeeProject`, as a condition on a query over `alias`. */
export function whereVisible<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  user: UserCaller,
): SelectQueryBuilder<T> {
  if (user.role === Role.ADMIN || user.role === Role.SUPERVISOR) return query;
  const conditions = [`${alias}.butler_subject = :visibleToSubject`];
  const parameters: Record<string, unknown> = { visibleToSubject: user.subject };
  if (user.role === Role.ENTERPRISE && user.enterpriseId) {
    conditions.push(`${alias}.enterprise_id = :visibleToEnterprise`);
    parameters['visibleToEnterprise'] = user.enterpriseId.toLowerCase();
  }
  if (user.role === Role.DEPARTMENT_STAFF && user.departmentCode) {
    conditions.push(`:visibleToDepartment = ANY (${alias}.department_codes)`);
    parameters['visibleToDepartment'] = user.departmentCode;
  }
  if (user.role === Role.LEADER) {
    // 领导联系企业: a leader sees the projects of the enterprises it liaises with.
    conditions.push(
      `EXISTS (SELECT 1 FROM leader_liaison visible_liaison WHERE visible_liaison.enterprise_id = ${alias}.enterprise_id AND visible_liaison.leader_subject = :visibleToSubject)`,
    );
  }
  return query.andWhere(`(${conditions.join(' OR ')})`, parameters);
}

export function isButler(caller: Caller, project: Project): boolean {
  return caller.kind === 'user' && caller.subject === project.butlerSubject;
}

/** The contact's phone in full: ADMIN, the butler and the enterprise itself. */
export function maySeeContactPhone(caller: Caller, project: Project): boolean {
  return (
    caller.kind === 'user' &&
    (caller.role === Role.ADMIN ||
      isButler(caller, project) ||
      actsForEnterprise(caller, project.enterpriseId))
  );
}
