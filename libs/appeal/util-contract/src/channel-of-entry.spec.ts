import { Role } from '@erqi/shared/util-auth';
import { APPEAL_CHANNELS, AppealChannel } from './appeal-channel';
import {
  channelOfEntry,
  channelOfRole,
  type EntryPoint,
  FILING_ROLES,
  isFilingRole,
} from './channel-of-entry';

describe('channelOfEntry: every way in and its channel', () => {
  const table: Array<[EntryPoint, AppealChannel]> = [
    [{ kind: 'FILED_BY', role: Role.ENTERPRISE }, AppealChannel.ENTERPRISE_APP],
    [{ kind: 'FILED_BY', role: Role.GRID_WORKER }, AppealChannel.GRID_WORKER],
    [{ kind: 'FILED_BY', role: Role.HOTLINE_OPERATOR }, AppealChannel.HOTLINE],
    [{ kind: 'FILED_BY', role: Role.LEADER }, AppealChannel.LEADER_LIAISON],
    [{ kind: 'FILED_BY', role: Role.DEPUTY }, AppealChannel.DEPUTY_SURVEY],
    [{ kind: 'FILED_BY', role: Role.STREET_COLLECTOR }, AppealChannel.COMMUNITY_COLLECTION],
    [{ kind: 'FILED_BY', role: Role.EXPERIENCE_OFFICER }, AppealChannel.EXPERIENCE_OFFICER],
    [{ kind: 'ROAST_COMPLAINT' }, AppealChannel.EXPERIENCE_OFFICER],
    [{ kind: 'ENTERPRISE_VISIT_NEED' }, AppealChannel.ENTERPRISE_VISIT],
    [{ kind: 'COMMUNITY_VISIT_SUGGESTION' }, AppealChannel.COMMUNITY_VISIT],
    [{ kind: 'OPEN311' }, AppealChannel.OPEN311],
  ];

  it.each(table)('%j enters through %s', (entry, channel) => {
    expect(channelOfEntry(entry)).toBe(channel);
  });

  it('lists every filing role in the table, and reaches every channel from some way in', () => {
    const filedBy = table.flatMap(([entry]) => (entry.kind === 'FILED_BY' ? [entry.role] : []));
    expect([...filedBy].sort()).toEqual([...FILING_ROLES].sort());
    expect(new Set(table.map(([, channel]) => channel))).toEqual(new Set(APPEAL_CHANNELS));
  });

  it('gives each role its channel and no channel to the roles that file through none', () => {
    for (const role of Object.values(Role)) {
      const filing = FILING_ROLES.includes(role as (typeof FILING_ROLES)[number]);
      expect([role, isFilingRole(role)]).toEqual([role, filing]);
      expect([role, channelOfRole(role)]).toEqual([
        role,
        isFilingRole(role) ? channelOfEntry({ kind: 'FILED_BY', role }) : null,
      ]);
    }
    for (const role of [
      Role.ADMIN,
      Role.SUPERVISOR,
      Role.DEPARTMENT_STAFF,
      Role.VOLUNTEER_LEAD,
      Role.VOLUNTEER,
      Role.ADVISER,
      Role.DISCIPLINE_OFFICER,
    ])
      expect([role, channelOfRole(role)]).toEqual([role, null]);
  });
});
