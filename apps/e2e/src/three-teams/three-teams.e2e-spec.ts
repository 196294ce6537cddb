import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { systemAddresses } from '../support/system-file';

/** 三支队伍 through the gateway: the seeded rosters, phones by need-to-know. */
describe('the three teams through the gateway', () => {
  const system = systemAddresses();
  const SUPERVISORS = `{ supervisors(first: 100) { totalCount nodes { name group phone } } }`;
  type Answer = {
    supervisors: { totalCount: number; nodes: Array<{ name: string; phone: string | null }> };
  };

  it('seeds 50+ supervisors and about 30 experience officers; a supervisor sees only its own phone', async () => {
    const supervisor = await postGraphQL<Answer>(
      system.gatewayUrl,
      SUPERVISORS,
      {},
      await authHeaderFor(seedUser('SUPERVISOR')),
    );
    expect(supervisor.body.errors).toBeUndefined();
    const roster = supervisor.body.data?.supervisors;
    expect(roster?.totalCount).toBeGreaterThan(50);
    expect(roster?.nodes.filter((node) => node.phone !== null).map((node) => node.name)).toEqual([
      '营商环境监督员 一号',
    ]);

    const admin = await postGraphQL<Answer>(
      system.gatewayUrl,
      SUPERVISORS,
      {},
      await authHeaderFor(seedUser('ADMIN')),
    );
    expect(admin.body.data?.supervisors.nodes.every((node) => node.phone !== null)).toBe(true);

    const officers = await postGraphQL<{ experienceOfficers: { totalCount: number } }>(
      system.gatewayUrl,
      `{ experienceOfficers { totalCount } }`,
      {},
      await authHeaderFor(seedUser('EXPERIENCE_OFFICER')),
    );
    expect(officers.body.data?.experienceOfficers.totalCount).toBe(30);
  });
});
