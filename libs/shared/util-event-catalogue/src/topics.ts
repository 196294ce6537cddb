/** Every lifecycle event of every appeal, keyed by appeal id (one appeal's events stay in order). */
export const APPEAL_LIFECYCLE_TOPIC = 'appeal.lifecycle';

/** Codes in topic names: upper-case letters, digits and underscores, as department and team codes are. */
const CODE = /^[A-Z0-9_]+$/;

function checkedCode(code: string): string {
  if (!CODE.test(code))
    throw new RangeError(`"${code}" cannot be part of a topic name: use A-Z, 0-9 and _`);
  return code;
}

/** What a department's system subscribes to: the appeals dispatched to it. */
export function departmentDispatchTopic(departmentCode: string): string {
  return `dispatch.department.${checkedCode(departmentCode)}`;
}

/** What a volunteer team subscribes to: the tasks spread to it. */
export function volunteerTeamDispatchTopic(teamCode: string): string {
  return `dispatch.volunteer-team.${checkedCode(teamCode)}`;
}

/** Where a department's system reports in (报到) on the appeals dispatched to it; appeal reads it. */
export function departmentAcknowledgementTopic(departmentCode: string): string {
  return `acknowledgement.department.${checkedCode(departmentCode)}`;
}

/** The consumer group a department system should use, so that its replicas share the work. */
export function departmentConsumerGroup(departmentCode: string, application: string): string {
  return `department.${checkedCode(departmentCode)}.${application}`;
}

/** What volunteer teams did with the tasks spread to them, keyed by appeal id. */
export const VOLUNTEER_LIFECYCLE_TOPIC = 'volunteer.lifecycle';

/** What supervisors (监督员) watch: overdue appeals (督办) and the supervision ledger's findings. */
export const SUPERVISION_ESCALATIONS_TOPIC = 'supervision.escalations';

/** The department registry (compacted, keyed by department id), written by grid. */
export const DEPARTMENT_REGISTRY_TOPIC = 'grid.departments';

/** The grid cell registry (compacted, keyed by cell id), written by grid. */
export const GRID_CELL_REGISTRY_TOPIC = 'grid.grid-cells';

/** The enterprise → grid cell registry (compacted, keyed by enterprise id), written by enterprise. */
export const ENTERPRISE_REGISTRY_TOPIC = 'enterprise.registry';

/** Which cells every volunteer team covers (compacted, keyed by team id), written by volunteer. */
export const TEAM_COVERAGE_TOPIC = 'volunteer.team-coverage';

/** Overdue 易企办 applications (零超时), for supervisors; written by enterprise. */
export const ENTERPRISE_SERVICE_ESCALATIONS_TOPIC = 'enterprise.service-escalations';
/** Residents' suggestions from community visits (意见表), written by grid, applied by appeal as appeals. */
export const COMMUNITY_SUGGESTIONS_TOPIC = 'grid.community-suggestions';
/** 二七帮: policies published, one record per grid cell with qualifying enterprises, keyed by cell id; written by enterprise, read by grid. */
export const POLICY_NOTICES_TOPIC = 'enterprise.policy-notices';
/** Needs heard on 万人助万企 visits, raised as appeals (keyed by the appeal id the need fixed), written by enterprise. */
export const VISIT_NEEDS_TOPIC = 'enterprise.visit-needs';

/** 双招双引 promises past due, for supervisors, written by enterprise. */
export const PROMISE_ESCALATIONS_TOPIC = 'enterprise.promise-escalations';
