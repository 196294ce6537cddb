import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { maskPhone } from '@erqi/shared/util-auth';
import { createLogger } from '@erqi/shared/util-logging';
import {
  departmentByCode,
  gridCellByCode,
  gridWorkers,
  type SeedUser,
} from '@erqi/shared/util-seed-fixtures';
import { seedGrid } from '../src/seed';
import { createGridSubgraph } from '../src/subgraph';

type Who = 'anonymous' | SeedUser['role'];
const EVERYONE: readonly Who[] = [
  'anonymous',
  'ENTERPRISE',
  'GRID_WORKER',
  'DEPARTMENT_STAFF',
  'VOLUNTEER_LEAD',
  'SUPERVISOR',
  'LEADER',
  'ADMIN',
];

const cell = gridCellByCode('BGM-E01');
const workersOf = (code: string) => gridWorkers.filter((worker) => worker.cellCodes.includes(code));

/** Every query of the grid subgraph, and whether it answers the caller (all of them are public). */
const queries: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  {
    name: 'gridCells',
    query: `{ gridCells(first: 100) { totalCount nodes { code region { name } gridWorkers { name phone } } } }`,
  },
  {
    name: 'gridCell',
    query: `query($id: ID!) { gridCell(id: $id) { code gridWorkers { name phone } } }`,
    variables: { id: cell.id },
  },
  {
    name: 'locateGridCell',
    query: `{ locateGridCell(lat: 34.695, lng: 113.585) { code gridWorkers { phone } } }`,
  },
  { name: 'departments', query: `{ departments(first: 100) { totalCount nodes { code name } } }` },
  { name: 'department', query: `{ department(code: "MARKET_REGULATION") { id name } }` },
];

describe('grid subgraph: who may see what (docs/ACCESS.md)', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;

  const headersOf = async (who: Who): Promise<Record<string, string>> =>
    who === 'anonymous' ? {} : authHeaderFor(seedUser(who));
  const gql = async <TData>(
    who: Who,
    query: string,
    variables: Record<string, unknown> = {},
    extra: Record<string, string> = {},
  ) =>
    (
      await postGraphQL<TData>(subgraph.url, query, variables, {
        ...(await headersOf(who)),
        ...extra,
      })
    ).body;

  beforeAll(async () => {
    database = await createTestDatabase('grid_access');
    const definition = await createGridSubgraph(
      subgraphDependencies('grid', { kind: 'postgres', url: database.url }),
    );
    await seedGrid(definition.dataSource);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('grid-access-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  describe.each(EVERYONE)('%s', (who) => {
    it.each(queries)('may run $name', async ({ query, variables }) => {
      const response = await gql(who, query, variables);
      expect(response.errors).toBeUndefined();
      expect(response.data).toBeDefined();
    });

    it(`sees grid worker phones ${who === 'anonymous' ? 'masked' : 'in full'}, in lists, single cells and references`, async () => {
      const shown = (phone: string) => (who === 'anonymous' ? maskPhone(phone) : phone);
      const expected = workersOf(cell.code)
        .map((worker) => ({ name: worker.name, phone: shown(worker.phone) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'zh'));

      const single = await gql<{
        gridCell: { gridWorkers: Array<{ name: string; phone: string }> };
      }>(who, queries[1]?.query ?? '', { id: cell.id });
      expect(single.data?.gridCell.gridWorkers).toEqual(expected);

      const list = await gql<{
        gridCells: {
          nodes: Array<{ code: string; gridWorkers: Array<{ name: string; phone: string }> }>;
        };
      }>(who, queries[0]?.query ?? '');
      const everyPhone =
        list.data?.gridCells.nodes.flatMap((node) =>
          node.gridWorkers.map((worker) => worker.phone),
        ) ?? [];
      expect(everyPhone.length).toBeGreaterThan(0);
      const fullNumbers = new Set(gridWorkers.map((worker) => worker.phone));
      expect(
        everyPhone.every((phone) =>
          who === 'anonymous'
            ? !fullNumbers.has(phone) && /^\d{3}\*{4}\d{4}$/.test(phone)
            : fullNumbers.has(phone),
        ),
      ).toBe(true);

      // Through `_entities`, as the gateway asks with its own token beside the user's (or alone, for an anonymous user).
      const references = await gql<{
        _entities: Array<
          { code: string; gridWorkers: Array<{ name: string; phone: string }> } | { code: string }
        >;
      }>(
        who,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on GridCell { code gridWorkers { name phone } } ... on Department { code } } }`,
        {
          r: [
            { __typename: 'GridCell', id: cell.id },
            { __typename: 'Department', id: departmentByCode('MARKET_REGULATION').id },
          ],
        },
        await serviceHeaders('gateway'),
      );
      expect(references.errors).toBeUndefined();
      expect(references.data?._entities).toEqual([
        { code: cell.code, gridWorkers: expected },
        { code: 'MARKET_REGULATION' },
      ]);
    });
  });

  it('masks phones for the gateway acting alone: a service token is no user', async () => {
    const response = await gql<{ gridCell: { gridWorkers: Array<{ phone: string }> } }>(
      'anonymous',
      queries[1]?.query ?? '',
      { id: cell.id },
      await serviceHeaders(),
    );
    expect(response.data?.gridCell.gridWorkers.map((worker) => worker.phone).sort()).toEqual(
      workersOf(cell.code)
        .map((worker) => maskPhone(worker.phone))
        .sort(),
    );
  });
});
