import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { collectiveEnterprise, type SeedUser } from '@erqi/shared/util-seed-fixtures';
import { systemAddresses } from '../support/system-file';

/** 易企办 through the gateway: an enterprise applies, follows its application, the department decides. */
describe('易企办 through the gateway: an enterprise’s view', () => {
  const system = systemAddresses();
  const as = async <T>(who: SeedUser, query: string, variables: Record<string, unknown> = {}) =>
    (await postGraphQL<T>(system.gatewayUrl, query, variables, await authHeaderFor(who))).body;
  const enterprise = seedUser('ENTERPRISE');
  const market = seedUser(
    'DEPARTMENT_STAFF',
    (user) => user.departmentCode === 'MARKET_REGULATION',
  );
  const urban = seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'URBAN_MANAGEMENT');

  const MINE = `{ serviceApplications(first: 100) { totalCount nodes { id status matterCode workingDaysLeft overdue
      matter { name promisedDays } enterprise { id name appeals { title } } } } }`;
  type Mine = {
    serviceApplications: {
      totalCount: number;
      nodes: Array<{
        id: string;
        status: string;
        matterCode: string;
        workingDaysLeft: number | null;
        matter: { name: string };
        enterprise: { id: string; name: string; appeals: unknown[] };
      }>;
    };
  };

  it('applies for a listed matter with 容缺, sees it on the clock, and the department approves it once supplied', async () => {
    const list = await as<{
      serviceMatters: {
        totalCount: number;
        nodes: Array<{ code: string; materials: Array<{ code: string }> }>;
      };
    }>(
      enterprise,
      `{ serviceMatters(first: 5, filter: { departmentCode: "MARKET_REGULATION", mode: DEFERRED_MATERIALS_WITH_COMMITMENT }) { totalCount nodes { code materials { code } } } }`,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.serviceMatters.totalCount).toBeGreaterThan(0);

    const refused = await as(
      enterprise,
      `mutation { applyForServiceMatter(input: { matterCode: "OUTSIDE-LIST-1", channel: ONLINE, submittedMaterials: [] }) { id } }`,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'matterCode',
    });

    const supplyBy = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const applied = await as<{
      applyForServiceMatter: { id: string; status: string; missingMaterials: string[] };
    }>(
      enterprise,
      `mutation($supplyBy: DateTime) { applyForServiceMatter(input: { matterCode: "SCJG-0006", channel: ONLINE,
         submittedMaterials: ["APPLICATION", "SAFETY_RULES"], deferredMaterials: ["LAYOUT"], supplyBy: $supplyBy }) { id status missingMaterials } }`,
      { supplyBy },
    );
    expect(applied.errors).toBeUndefined();
    const id = applied.data?.applyForServiceMatter.id;
    expect(applied.data?.applyForServiceMatter).toMatchObject({
      status: 'ACCEPTED',
      missingMaterials: ['LAYOUT'],
    });

    const mine = await as<Mine>(enterprise, MINE);
    expect(mine.errors).toBeUndefined();
    const own = mine.data?.serviceApplications.nodes.find((node) => node.id === id);
    expect(own).toMatchObject({
      status: 'ACCEPTED',
      matterCode: 'SCJG-0006',
      matter: { name: '食品经营许可（新办）' },
      enterprise: { id: collectiveEnterprise.id },
    });
    expect(own?.workingDaysLeft).toBeGreaterThan(0);
    expect(
      mine.data?.serviceApplications.nodes.every(
        (node) => node.enterprise.id === collectiveEnterprise.id,
      ),
    ).toBe(true);

    const urbanView = await as<Mine>(
      urban,
      `{ serviceApplications(first: 100) { totalCount nodes { id } } }`,
    );
    expect(urbanView.data?.serviceApplications.nodes.map((node) => node.id)).not.toContain(id);

    await as(
      enterprise,
      `mutation($id: ID!) { supplyServiceMaterials(id: $id, materials: ["LAYOUT"]) { id } }`,
      { id },
    );
    const decided = await as<{ decideServiceApplication: { status: string; overdue: boolean } }>(
      market,
      `mutation($id: ID!) { decideServiceApplication(id: $id, approve: true) { status overdue } }`,
      { id },
    );
    expect(decided.data?.decideServiceApplication).toEqual({ status: 'APPROVED', overdue: false });

    const figures = await as<{
      approvalFigures: { byDepartment: Array<{ departmentCode: string; decided: number }> };
    }>(
      seedUser('LEADER'),
      `{ approvalFigures { byDepartment { departmentCode decided } } serviceTargets(year: 2024) { mode target achieved } }`,
    );
    expect(figures.errors).toBeUndefined();
    expect(
      figures.data?.approvalFigures.byDepartment.find(
        (row) => row.departmentCode === 'MARKET_REGULATION',
      )?.decided,
    ).toBeGreaterThan(0);
  });
});
