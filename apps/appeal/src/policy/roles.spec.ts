import { type Caller, Role, type UserCaller } from '@erqi/shared/util-auth';
import { GraphQLError } from 'graphql';
import { FILING_ROLES } from '@erqi/appeal/util-contract';
import { ACTION_ROLES, APPEAL_SUBMITTERS, requireActionRole, requireScope, Scope } from './roles';
import { WorkflowAction } from './workflow-action';

const appeal = {
  enterpriseId: 'enterprise-1',
  gridCellId: 'cell-1',
  leaderId: 'leader-wang',
  leadDepartmentCode: async () => 'URBAN_MANAGEMENT',
  liaisonLeaders: async () => ['leader-liaison'],
};
const user = (role: Role, claims: Partial<UserCaller> = {}): UserCaller => ({
  kind: 'user',
  subject: `${role}-1`,
  role,
  ...claims,
});

/** A user of each role inside the appeal's scope, and one outside it. */
const inside: Record<Role, UserCaller> = {
  ENTERPRISE: user(Role.ENTERPRISE, { enterpriseId: 'enterprise-1' }),
  GRID_WORKER: user(Role.GRID_WORKER, { gridCellIds: ['cell-0', 'cell-1'] }),
  DEPARTMENT_STAFF: user(Role.DEPARTMENT_STAFF, { departmentCode: 'URBAN_MANAGEMENT' }),
  VOLUNTEER_LEAD: user(Role.VOLUNTEER_LEAD, { teamCode: 'BAGUAMIAO_CREW' }),
  VOLUNTEER: user(Role.VOLUNTEER, { teamCode: 'BAGUAMIAO_CREW', volunteerId: 'volunteer-1' }),
  SUPERVISOR: user(Role.SUPERVISOR),
  DEPUTY: user(Role.DEPUTY),
  STREET_COLLECTOR: user(Role.STREET_COLLECTOR),
  HOTLINE_OPERATOR: user(Role.HOTLINE_OPERATOR),
  EXPERIENCE_OFFICER: user(Role.EXPERIENCE_OFFICER, { enterpriseId: 'enterprise-1' }),
  ADVISER: user(Role.ADVISER),
  DISCIPLINE_OFFICER: user(Role.DISCIPLINE_OFFICER),
  LEADER: user(Role.LEADER, { subject: 'leader-wang', name: '王领导' }),
  COMMUNITY_STAFF: user(Role.COMMUNITY_STAFF, { communityCode: '410103-HZ-BGM' }),
  RESIDENT: user(Role.RESIDENT, { residentId: 'resident-1' }),
  ADMIN: user(Role.ADMIN),
};
const outside: Partial<Record<Role, UserCaller>> = {
  ENTERPRISE: user(Role.ENTERPRISE, { enterpriseId: 'enterprise-2' }),
  GRID_WORKER: user(Role.GRID_WORKER, { gridCellIds: ['cell-2'] }),
  DEPARTMENT_STAFF: user(Role.DEPARTMENT_STAFF, { departmentCode: 'TAXATION' }),
  // Same name, another identity: a leader is its id, never its name.
  LEADER: user(Role.LEADER, { subject: 'leader-li', name: '王领导' }),
};

async function outcome(caller: Caller, action: WorkflowAction): Promise<string> {
  try {
    const { user: checked, scope } = requireActionRole(caller, action);
    await requireScope(checked, scope, appeal);
    return 'OK';
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return String(error.extensions['code']);
  }
}

const pairs = Object.values(WorkflowAction).flatMap((action) =>
  Object.values(Role).map((role) => [action, role] as const),
);

describe('the role table', () => {
  it.each(pairs)('%s by %s', async (action, role) => {
    const scope = ACTION_ROLES[action][role];
    expect(await outcome(inside[role], action)).toBe(scope ? 'OK' : 'FORBIDDEN');
    const stranger = outside[role];
    if (stranger)
      expect(await outcome(stranger, action)).toBe(
        scope && scope !== Scope.ANY ? 'FORBIDDEN' : scope ? 'OK' : 'FORBIDDEN',
      );
  });

  it('answers UNAUTHENTICATED to the anonymous, for every action', async () => {
    for (const action of Object.values(WorkflowAction))
      expect(await outcome({ kind: 'anonymous' }, action)).toBe('UNAUTHENTICATED');
  });

  it('matches the brief: who may take each step', () => {
    const roles = (action: WorkflowAction) => Object.keys(ACTION_ROLES[action]).sort();
    expect(roles(WorkflowAction.ACCEPT)).toEqual([
      'ADMIN',
      'DEPARTMENT_STAFF',
      'GRID_WORKER',
      'LEADER',
    ]);
    for (const action of [WorkflowAction.HANDLE, WorkflowAction.TRANSFER, WorkflowAction.RESOLVE])
      expect(roles(action)).toEqual(['ADMIN', 'DEPARTMENT_STAFF', 'LEADER']);
    expect(roles(WorkflowAction.EVALUATE)).toEqual(['ENTERPRISE', 'GRID_WORKER']);
    expect(roles(WorkflowAction.REOPEN)).toEqual(['ADMIN', 'LEADER', 'SUPERVISOR']);
    expect(roles(WorkflowAction.CLOSE)).toEqual(['ADMIN', 'GRID_WORKER', 'SUPERVISOR']);
    expect(roles(WorkflowAction.EXPIRE_EVALUATION)).toEqual([]);
    expect(roles(WorkflowAction.CHANGE_HANDLING_MODE)).toEqual(['LEADER', 'SUPERVISOR']);
  });

  it('lets a liaison leader claim or re-mode a case it sees, and take no other step on it', async () => {
    const liaison = user(Role.LEADER, { subject: 'leader-liaison' });
    expect(await outcome(liaison, WorkflowAction.ASSIGN_LEADER)).toBe('OK');
    expect(await outcome(liaison, WorkflowAction.CHANGE_HANDLING_MODE)).toBe('OK');
    for (const action of [WorkflowAction.HANDLE, WorkflowAction.RESOLVE, WorkflowAction.REOPEN])
      expect(await outcome(liaison, action)).toBe('FORBIDDEN');
  });

  it('lets no whistle, adviser or discipline officer take a workflow step: they file, others act', () => {
    for (const action of Object.values(WorkflowAction))
      for (const role of [
        Role.DEPUTY,
        Role.STREET_COLLECTOR,
        Role.HOTLINE_OPERATOR,
        Role.EXPERIENCE_OFFICER,
        Role.ADVISER,
        Role.DISCIPLINE_OFFICER,
      ])
        expect([action, role, ACTION_ROLES[action][role]]).toEqual([action, role, undefined]);
  });

  it('lets every role with a channel of its own file, and ADMIN on behalf of one', () => {
    expect([...APPEAL_SUBMITTERS].sort()).toEqual([...FILING_ROLES, Role.ADMIN].sort());
  });

  it('never asks for the lead department unless a department’s staff asks', async () => {
    let asked = 0;
    const counting = {
      ...appeal,
      leadDepartmentCode: async () => ((asked += 1), 'URBAN_MANAGEMENT'),
    };
    await requireScope(inside.GRID_WORKER, Scope.OWN_CELL, counting);
    await requireScope(inside.ADMIN, Scope.ANY, counting);
    expect(asked).toBe(0);
  });
});
