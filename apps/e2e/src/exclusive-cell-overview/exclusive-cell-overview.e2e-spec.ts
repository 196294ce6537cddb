import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { collectiveEnterprise, gridCellByCode } from '@erqi/shared/util-seed-fixtures';
import { systemAddresses, totalSqlStatements } from '../support/system-file';

/**
 * A grid worker opens their enterprise-exclusive cells and sees, in one request through the gateway,
 * each cell's enterprises, their appeals and the volunteer teams that cover it (all four subgraphs).
 */
describe('overview of enterprise-exclusive grid cells', () => {
  const system = systemAddresses();
  // The exclusive cells' grid worker (专属网格员) signs in; the supervisor reads everything.
  let gridWorker: Record<string, string>;
  let supervisor: Record<string, string>;
  beforeAll(async () => {
    gridWorker = await authHeaderFor(seedUser('GRID_WORKER'));
    supervisor = await authHeaderFor(seedUser('SUPERVISOR'));
  });

  const OVERVIEW = `query Overview($first: Int!) {
    gridCells(kind: ENTERPRISE_EXCLUSIVE, first: $first) {
      totalCount
      nodes {
        code name kind
        gridWorkers { name }
        enterprises { name creditCode appeals { title status handlingMode timeline { toStatus } } }
        appeals { title }
        volunteerTeams { name code }
      }
    }
  }`;

  interface Overview {
    gridCells: {
      totalCount: number;
      nodes: Array<{
        code: string;
        kind: string;
        gridWorkers: Array<{ name: string }>;
        enterprises: Array<{
          name: string;
          creditCode: string;
          appeals: Array<{ title: string; status: string; timeline: Array<{ toStatus: string }> }>;
        }>;
        appeals: Array<{ title: string }>;
        volunteerTeams: Array<{ name: string; code: string }>;
      }>;
    };
  }

  it('answers with cells, enterprises, appeals and volunteer teams from all four subgraphs', async () => {
    const { status, body } = await postGraphQL<Overview>(
      system.gatewayUrl,
      OVERVIEW,
      { first: 3 },
      gridWorker,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const cells = body.data?.gridCells.nodes ?? [];
    expect(cells.map((cell) => cell.code)).toEqual(['BGM-E01', 'BGM-E02', 'BGM-E03']);
    expect(cells.every((cell) => cell.kind === 'ENTERPRISE_EXCLUSIVE')).toBe(true);

    const [bafang] = cells;
    const collective = bafang?.enterprises.find(
      (enterprise) => enterprise.name === collectiveEnterprise.name,
    );
    expect(collective?.creditCode).toBe(collectiveEnterprise.creditCode);
    expect(collective?.appeals.map((appeal) => appeal.title)).toContain('申报2024年惠企稳岗补贴');
    expect(
      collective?.appeals.every(
        (appeal) => appeal.timeline.length > 0 && appeal.timeline[0]?.toStatus === 'SUBMITTED',
      ),
    ).toBe(true);
    expect(bafang?.gridWorkers.map((worker) => worker.name)).toContain('专属网格员 赵磊');
    expect(bafang?.volunteerTeams.map((team) => team.code)).toEqual(['ALLIANCE_YOUTH']);

    const waterTown = cells[2];
    expect(waterTown?.volunteerTeams.map((team) => team.name)).toContain('八卦庙社区志愿服务队');
    expect(waterTown?.appeals.map((appeal) => appeal.title)).toContain(
      '灯会期间景区周边道路积雪结冰',
    );
  });

  it('costs the same number of SQL statements for one cell as for three', async () => {
    const measure = async (first: number): Promise<number> => {
      const before = await totalSqlStatements(system);
      const { body } = await postGraphQL<Overview>(
        system.gatewayUrl,
        OVERVIEW,
        { first },
        gridWorker,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.gridCells.nodes).toHaveLength(first);
      return (await totalSqlStatements(system)) - before;
    };
    const one = await measure(1);
    const three = await measure(3);
    expect(one).toBeGreaterThan(0);
    expect(three).toBe(one);
  });

  it('follows an appeal to its enterprise, cell, department and the teams on that cell', async () => {
    const { body: list } = await postGraphQL<{ appeals: { nodes: Array<{ id: string }> } }>(
      system.gatewayUrl,
      `{ appeals(status: CLOSED, first: 1) { nodes { id } } }`,
      {},
      supervisor,
    );
    const id = list.data?.appeals.nodes[0]?.id;
    expect(id).toBeDefined();
    const { body } = await postGraphQL<{
      appeal: {
        status: string;
        enterprise: { name: string; gridCell: { code: string } };
        gridCell: { name: string; volunteerTeams: Array<{ name: string }> };
        leadDepartment: { name: string } | null;
      };
    }>(
      system.gatewayUrl,
      `query($id: ID!) { appeal(id: $id) { status enterprise { name gridCell { code } } gridCell { name volunteerTeams { name } } leadDepartment { name } } }`,
      { id },
      supervisor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.appeal.status).toBe('CLOSED');
    expect(body.data?.appeal.enterprise.gridCell.code).toMatch(/^BGM-/);
    expect(body.data?.appeal.gridCell.volunteerTeams.length).toBeGreaterThan(0);
    expect(body.data?.appeal.leadDepartment?.name).toMatch(/局|办事处|委员会/);
  });

  it('finds an enterprise by its credit code and locates the cell of a point', async () => {
    const { body } = await postGraphQL<{
      enterpriseByCreditCode: { name: string; gridCell: { code: string } };
      locateGridCell: { code: string };
    }>(
      system.gatewayUrl,
      `query($code: String!) { enterpriseByCreditCode(code: $code) { name gridCell { code } } locateGridCell(lat: 34.695, lng: 113.585) { code } }`,
      { code: collectiveEnterprise.creditCode },
      gridWorker,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.enterpriseByCreditCode).toEqual({
      name: collectiveEnterprise.name,
      gridCell: { code: 'BGM-E01' },
    });
    expect(body.data?.locateGridCell.code).toBe(gridCellByCode('BGM-E01').code);
  });
});
