import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  collectiveEnterprise,
  enterprises,
  gridCellByCode,
  type SeedUser,
} from '@erqi/shared/util-seed-fixtures';
import { systemAddresses } from '../support/system-file';

/**
 * Who sees what, through the gateway (docs/ACCESS.md): each role gets exactly its scope, lists are
 * filtered rather than refused, and nothing outside the scope appears in any nested field.
 */
describe('access through the gateway, role by role', () => {
  const system = systemAddresses();
  const exclusiveCells = new Set(
    ['BGM-E01', 'BGM-E02', 'BGM-E03'].map((code) => gridCellByCode(code).id),
  );
  const otherEnterprise = enterprises.find(
    (enterprise) => !exclusiveCells.has(enterprise.gridCellId),
  );

  const APPEALS = `{ appeals(first: 100) { totalCount nodes { id enterprise { id } gridCell { id } dispatches { targetCode } } } }`;
  interface AppealsAnswer {
    appeals: {
      totalCount: number;
      nodes: Array<{
        id: string;
        enterprise: { id: string };
        gridCell: { id: string };
        dispatches: Array<{ targetCode: string }>;
      }>;
    };
  }
  const OVERVIEW = `{ gridCells(first: 10) { nodes { id enterprises { id contactPhone } appeals { gridCell { id } } } } }`;
  interface OverviewAnswer {
    gridCells: {
      nodes: Array<{
        id: string;
        enterprises: Array<{ id: string; contactPhone: string }>;
        appeals: Array<{ gridCell: { id: string } }>;
      }>;
    };
  }

  const as = async (user: SeedUser | undefined): Promise<Record<string, string>> =>
    user ? authHeaderFor(user) : {};
  const appealsFor = async (user: SeedUser | undefined) =>
    postGraphQL<AppealsAnswer>(system.gatewayUrl, APPEALS, {}, await as(user));

  it('lets no anonymous caller read appeals or enterprises, but shows the public grid map', async () => {
    const appeals = await appealsFor(undefined);
    expect(appeals.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(appeals.body.data?.appeals ?? null).toBeNull();
    const map = await postGraphQL<{ gridCells: { totalCount: number } }>(
      system.gatewayUrl,
      `{ gridCells { totalCount } }`,
    );
    expect(map.body.data?.gridCells.totalCount).toBe(6);
  });

  it('gives the supervisor every appeal, and the admin the same number', async () => {
    const supervisor = await appealsFor(seedUser('SUPERVISOR'));
    const admin = await appealsFor(seedUser('ADMIN'));
    expect(supervisor.body.errors).toBeUndefined();
    expect(supervisor.body.data?.appeals.totalCount).toBeGreaterThanOrEqual(14);
    expect(supervisor.body.data?.appeals.totalCount).toBe(admin.body.data?.appeals.totalCount);
  });

  it('gives a grid worker the appeals and enterprises of their cells only, in lists and nested fields', async () => {
    const worker = seedUser('GRID_WORKER');
    const appeals = await appealsFor(worker);
    expect(appeals.body.errors).toBeUndefined();
    expect(appeals.body.data?.appeals.nodes.length).toBeGreaterThan(0);
    expect(
      appeals.body.data?.appeals.nodes.every((appeal) => exclusiveCells.has(appeal.gridCell.id)),
    ).toBe(true);

    const overview = await postGraphQL<OverviewAnswer>(
      system.gatewayUrl,
      OVERVIEW,
      {},
      await as(worker),
    );
    expect(overview.body.errors ?? []).toEqual([]);
    const cells = overview.body.data?.gridCells.nodes ?? [];
    // The grid map is public: all six cells, so the checks below run on every one of them.
    expect(cells).toHaveLength(6);
    // In its own cells the worker sees exactly the cells' enterprises (present, not only nothing foreign).
    expect(
      cells
        .filter((cell) => exclusiveCells.has(cell.id))
        .flatMap((cell) => cell.enterprises.map((enterprise) => enterprise.id))
        .sort(),
    ).toEqual(
      enterprises
        .filter((enterprise) => exclusiveCells.has(enterprise.gridCellId))
        .map((enterprise) => enterprise.id)
        .sort(),
    );
    for (const cell of cells) {
      if (exclusiveCells.has(cell.id)) continue;
      expect({ cell: cell.id, enterprises: cell.enterprises, appeals: cell.appeals }).toEqual({
        cell: cell.id,
        enterprises: [],
        appeals: [],
      });
    }
    const outside = await postGraphQL(
      system.gatewayUrl,
      `query($id: ID!) { enterprise(id: $id) { name } }`,
      { id: otherEnterprise?.id },
      await as(worker),
    );
    expect(outside.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('gives an enterprise its own appeals only, and refuses another enterprise', async () => {
    const user = seedUser('ENTERPRISE');
    const appeals = await appealsFor(user);
    expect(appeals.body.data?.appeals.nodes.length).toBeGreaterThan(0);
    expect(
      appeals.body.data?.appeals.nodes.every(
        (appeal) => appeal.enterprise.id === collectiveEnterprise.id,
      ),
    ).toBe(true);
    const other = await postGraphQL(
      system.gatewayUrl,
      `query($id: ID!) { enterprise(id: $id) { name } }`,
      { id: otherEnterprise?.id },
      await as(user),
    );
    expect(other.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('gives a department the appeals dispatched to it, with enterprise contacts masked', async () => {
    const staff = seedUser(
      'DEPARTMENT_STAFF',
      (user) => user.departmentCode === 'URBAN_MANAGEMENT',
    );
    const appeals = await appealsFor(staff);
    expect(appeals.body.errors).toBeUndefined();
    expect(appeals.body.data?.appeals.nodes.length).toBeGreaterThan(0);
    expect(
      appeals.body.data?.appeals.nodes.every((appeal) =>
        appeal.dispatches.some((dispatch) => dispatch.targetCode === 'URBAN_MANAGEMENT'),
      ),
    ).toBe(true);
    const enterprise = await postGraphQL<{ enterprise: { contactPhone: string } }>(
      system.gatewayUrl,
      `query($id: ID!) { enterprise(id: $id) { contactPhone } }`,
      { id: collectiveEnterprise.id },
      await as(staff),
    );
    expect(enterprise.body.data?.enterprise.contactPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('refuses the steps a role may not take, and those outside its scope', async () => {
    const marketStaff = seedUser(
      'DEPARTMENT_STAFF',
      (user) => user.departmentCode === 'MARKET_REGULATION',
    );
    const submit = await postGraphQL(
      system.gatewayUrl,
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
      {
        input: {
          enterpriseId: collectiveEnterprise.id,
          title: '越权提交',
          description: '部门不代企业提交',
          category: 'OTHER',
          channel: 'HOTLINE',
          handlingMode: 'URGENT',
        },
      },
      await as(marketStaff),
    );
    expect(submit.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const { body } = await appealsFor(seedUser('SUPERVISOR'));
    const urbanAppeal = body.data?.appeals.nodes.find((appeal) =>
      appeal.dispatches.some((dispatch) => dispatch.targetCode === 'URBAN_MANAGEMENT'),
    );
    const acknowledge = await postGraphQL(
      system.gatewayUrl,
      `mutation($id: ID!) { acknowledgeDispatch(appealId: $id, departmentCode: "URBAN_MANAGEMENT") { id } }`,
      { id: urbanAppeal?.id },
      await as(marketStaff),
    );
    expect(acknowledge.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
