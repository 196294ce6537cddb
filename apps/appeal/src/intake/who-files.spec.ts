import { AppealChannel } from '@erqi/appeal/util-contract';
import { Role, type UserCaller } from '@erqi/shared/util-auth';
import { GraphQLError } from 'graphql';
import { filingChannel, requireMayFileFor } from './who-files';

const user = (role: Role, claims: Partial<UserCaller> = {}): UserCaller => ({
  kind: 'user',
  subject: `${role}-1`,
  role,
  ...claims,
});
const own = { id: 'enterprise-1', gridCellId: 'cell-1' };
const other = { id: 'enterprise-2', gridCellId: 'cell-2' };
const liaisons = {
  liaisesWith: async (leader: string, enterpriseId: string) =>
    leader === 'LEADER-1' && enterpriseId === own.id,
};

async function outcome(run: () => unknown): Promise<string> {
  try {
    await run();
    return 'OK';
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return `${String(error.extensions['code'])}${error.extensions['field'] ? `:${String(error.extensions['field'])}` : ''}`;
  }
}

describe('filingChannel', () => {
  it('takes the filer’s own channel, with or without the deprecated field repeating it', () => {
    expect(filingChannel(user(Role.DEPUTY), undefined)).toBe(AppealChannel.DEPUTY_SURVEY);
    expect(filingChannel(user(Role.DEPUTY), AppealChannel.DEPUTY_SURVEY)).toBe(
      AppealChannel.DEPUTY_SURVEY,
    );
  });

  it('refuses another channel on `channel`, saying which one the caller files through', async () => {
    expect(
      await outcome(() => filingChannel(user(Role.HOTLINE_OPERATOR), AppealChannel.OPEN311)),
    ).toBe('BAD_USER_INPUT:channel');
    expect(() => filingChannel(user(Role.STREET_COLLECTOR), AppealChannel.HOTLINE)).toThrow(
      'A STREET_COLLECTOR files appeals through COMMUNITY_COLLECTION, not HOTLINE; leave channel out',
    );
  });

  it('lets ADMIN name any channel, and asks it to name one', async () => {
    expect(filingChannel(user(Role.ADMIN), AppealChannel.ENTERPRISE_VISIT)).toBe(
      AppealChannel.ENTERPRISE_VISIT,
    );
    expect(await outcome(() => filingChannel(user(Role.ADMIN), null))).toBe(
      'BAD_USER_INPUT:channel',
    );
  });
});

describe('requireMayFileFor', () => {
  const cases: Array<[UserCaller, string, string]> = [
    [user(Role.ENTERPRISE, { enterpriseId: own.id }), 'OK', 'FORBIDDEN'],
    [user(Role.EXPERIENCE_OFFICER, { enterpriseId: own.id }), 'OK', 'FORBIDDEN'],
    [user(Role.GRID_WORKER, { gridCellIds: [own.gridCellId] }), 'OK', 'FORBIDDEN'],
    [user(Role.LEADER), 'OK', 'FORBIDDEN'],
    [user(Role.DEPUTY), 'OK', 'OK'],
    [user(Role.STREET_COLLECTOR), 'OK', 'OK'],
    [user(Role.HOTLINE_OPERATOR), 'OK', 'OK'],
    [user(Role.ADMIN), 'OK', 'OK'],
  ];
  it.each(cases)(
    '%j files for its own / liaised / in-cell enterprise: %s, another: %s',
    async (filer, mine, theirs) => {
      expect(await outcome(() => requireMayFileFor(filer, own, liaisons))).toBe(mine);
      expect(await outcome(() => requireMayFileFor(filer, other, liaisons))).toBe(theirs);
    },
  );
});
