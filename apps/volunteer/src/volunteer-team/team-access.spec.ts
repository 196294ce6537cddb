import { type Caller, Role } from '@erqi/shared/util-auth';
import { contactViewOf, teamScopeOf } from './team-access';

const user = (role: Role, extra: Partial<Extract<Caller, { kind: 'user' }>> = {}): Caller => ({
  kind: 'user',
  subject: 'someone',
  role,
  ...extra,
});
const member = { id: 'v-1' };

describe('contactViewOf: how much of a volunteer a caller sees', () => {
  it.each([
    ['ADMIN', user(Role.ADMIN), 'full'],
    ["the team's lead", user(Role.VOLUNTEER_LEAD, { teamCode: 'CREW' }), 'full'],
    ["another team's lead", user(Role.VOLUNTEER_LEAD, { teamCode: 'OTHER' }), 'masked'],
    [
      'the volunteer itself',
      user(Role.VOLUNTEER, { teamCode: 'CREW', volunteerId: 'v-1' }),
      'full',
    ],
    ['a teammate', user(Role.VOLUNTEER, { teamCode: 'CREW', volunteerId: 'v-2' }), 'masked'],
    ['a supervisor (need to know)', user(Role.SUPERVISOR), 'masked'],
    ['a service without a user', { kind: 'service', subject: 'gateway' } as Caller, 'masked'],
  ])('%s: %s', (_who, caller, view) => {
    expect(contactViewOf(caller, member, 'CREW')).toBe(view);
  });
});

describe('teamScopeOf: whose volunteers and tasks a caller sees', () => {
  it('gives a volunteer its own team, and a volunteer without a team none', () => {
    expect(teamScopeOf(user(Role.VOLUNTEER, { teamCode: 'CREW', volunteerId: 'v-1' }))).toEqual({
      kind: 'team',
      teamCode: 'CREW',
    });
    expect(teamScopeOf(user(Role.VOLUNTEER))).toEqual({ kind: 'none' });
    expect(teamScopeOf(user(Role.GRID_WORKER))).toEqual({ kind: 'none' });
    expect(teamScopeOf(user(Role.SUPERVISOR))).toEqual({ kind: 'all' });
  });
});
