import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { collectiveEnterprise } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { addDays, shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { systemAddresses } from '../support/system-file';

/**
 * 二七帮 through the gateway and the real broker: a department publishes a policy; the matched
 * enterprises' grid worker sees it among its notices within seconds (enterprise → outbox →
 * enterprise.policy-notices → grid); the enterprise sees the match, applies, and follows its
 * application to PAID as the department moves it on.
 */
describe('a published policy reaches the grid worker and the enterprise gets its subsidy', () => {
  const system = systemAddresses();
  const staff = seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'MARKET_REGULATION');
  const as = async <T>(
    who: Parameters<typeof authHeaderFor>[0],
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const { body } = await postGraphQL<T>(
      system.gatewayUrl,
      query,
      variables,
      await authHeaderFor(who),
    );
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  let policyId = '';

  it('tells the grid worker of the enterprises it qualifies, within seconds of publishing', async () => {
    const today = shanghaiDateOf(new Date());
    const created = await as<{ createPolicy: { id: string } }>(
      staff,
      `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }`,
      {
        input: {
          title: '端到端 小微企业稳岗奖补',
          summary: '端到端测试用政策',
          amountCap: 50_000,
          opensOn: today,
          closesOn: addDays(today, 90),
          eligibility: { sizeClasses: ['SMALL', 'MICRO'] },
        },
      },
    );
    policyId = created.createPolicy.id;
    const published = await as<{ publishPolicy: { status: string; matchedAtPublish: number } }>(
      staff,
      `mutation($id: ID!) { publishPolicy(id: $id) { status matchedAtPublish } }`,
      { id: policyId },
    );
    expect(published.publishPolicy.status).toBe('PUBLISHED');

    const worker = seedUser('GRID_WORKER');
    const deadline = Date.now() + 10_000;
    let names: string[] = [];
    while (!names.includes(collectiveEnterprise.name) && Date.now() < deadline) {
      const data = await as<{
        policyNotices: { nodes: Array<{ policyId: string; enterpriseName: string }> };
      }>(worker, `query { policyNotices(first: 100) { nodes { policyId enterpriseName } } }`);
      names = data.policyNotices.nodes
        .filter((notice) => notice.policyId === policyId)
        .map((notice) => notice.enterpriseName);
      if (!names.includes(collectiveEnterprise.name))
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(names).toContain(collectiveEnterprise.name);
  });

  it('lets the enterprise see the match, apply, and follow its application to PAID', async () => {
    const enterprise = seedUser('ENTERPRISE');
    const matches = await as<{
      policyMatches: Array<{ qualifies: boolean; policy: { id: string } }>;
    }>(
      enterprise,
      `query($id: ID!) { policyMatches(enterpriseId: $id) { qualifies policy { id } } }`,
      { id: collectiveEnterprise.id },
    );
    expect(matches.policyMatches.find((match) => match.policy.id === policyId)?.qualifies).toBe(
      true,
    );
    const applied = await as<{ applyForSubsidy: { id: string } }>(
      enterprise,
      `mutation($input: ApplyForSubsidyInput!) { applyForSubsidy(input: $input) { id } }`,
      { input: { policyId, requestedAmount: 20_000 } },
    );
    const id = applied.applyForSubsidy.id;
    for (const status of ['REVIEWED', 'APPROVED', 'PAID'])
      await as(
        staff,
        `mutation($id: ID!, $status: SubsidyStatus!) { advanceSubsidyApplication(id: $id, status: $status) { id } }`,
        {
          id,
          status,
        },
      );
    const mine = await as<{
      subsidyApplications: {
        nodes: Array<{
          id: string;
          status: string;
          paidAmount: number;
          policy: { title: string };
          enterprise: { name: string; profile: { sizeClass: string } };
        }>;
      };
    }>(
      enterprise,
      `query { subsidyApplications(first: 20) { nodes { id status paidAmount policy { title } enterprise { name profile { sizeClass } } } } }`,
    );
    expect(mine.subsidyApplications.nodes.find((node) => node.id === id)).toEqual({
      id,
      status: 'PAID',
      paidAmount: 20_000,
      policy: { title: '端到端 小微企业稳岗奖补' },
      enterprise: { name: collectiveEnterprise.name, profile: { sizeClass: 'SMALL' } },
    });
  });
});
