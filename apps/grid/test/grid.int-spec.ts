import { ServiceMetrics } from '@erqi/shared/util-metrics';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import { gridCellByCode, gridCells, regions } from '@erqi/shared/util-seed-fixtures';
import { seedGrid } from '../src/seed';
import { createGridSubgraph } from '../src/subgraph';

describe('grid subgraph on PostgreSQL', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  const metrics = new ServiceMetrics('grid');
  const statements = metrics.statements;

  beforeAll(async () => {
    database = await createTestDatabase('grid');
    const definition = await createGridSubgraph(
      subgraphDependencies('grid', { kind: 'postgres', url: database.url }, { metrics }),
    );
    await seedGrid(definition.dataSource);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('grid-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('lists enterprise-exclusive cells a page at a time, in code order', async () => {
    const first = await postGraphQL<{
      gridCells: {
        nodes: Array<{ code: string }>;
        totalCount: number;
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(
      subgraph.url,
      `query { gridCells(kind: ENTERPRISE_EXCLUSIVE, first: 2) { nodes { code kind } totalCount pageInfo { endCursor hasNextPage } } }`,
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.gridCells.nodes.map((cell) => cell.code)).toEqual([
      'BGM-E01',
      'BGM-E02',
    ]);
    expect(first.body.data?.gridCells.totalCount).toBe(3);
    expect(first.body.data?.gridCells.pageInfo.hasNextPage).toBe(true);

    const next = await postGraphQL<{
      gridCells: { nodes: Array<{ code: string }>; pageInfo: { hasNextPage: boolean } };
    }>(
      subgraph.url,
      `query($after: String) { gridCells(kind: ENTERPRISE_EXCLUSIVE, first: 2, after: $after) { nodes { code } pageInfo { hasNextPage } } }`,
      { after: first.body.data?.gridCells.pageInfo.endCursor },
    );
    expect(next.body.data?.gridCells.nodes.map((cell) => cell.code)).toEqual(['BGM-E03']);
    expect(next.body.data?.gridCells.pageInfo.hasNextPage).toBe(false);
  });

  it('locates the cell that contains a point, and null outside every cell', async () => {
    const inside = await postGraphQL<{ locateGridCell: { code: string } | null }>(
      subgraph.url,
      `{ locateGridCell(lat: 34.695, lng: 113.585) { code } }`,
    );
    expect(inside.body.data?.locateGridCell?.code).toBe('BGM-E01');
    const outside = await postGraphQL<{ locateGridCell: null }>(
      subgraph.url,
      `{ locateGridCell(lat: 39.9, lng: 116.4) { code } }`,
    );
    expect(outside.body.data?.locateGridCell).toBeNull();
  });

  it('rejects a latitude that is not one, naming the argument', async () => {
    const response = await postGraphQL(
      subgraph.url,
      `{ locateGridCell(lat: 123, lng: 113.5) { code } }`,
    );
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lat',
    });
  });

  it('answers NOT_FOUND for an unknown cell id', async () => {
    const response = await postGraphQL(
      subgraph.url,
      `{ gridCell(id: "00000000-0000-4000-8000-000000000000") { code } }`,
    );
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('answers NOT_FOUND, not a database error, for an id that is not a UUID, and null for such a reference', async () => {
    const direct = await postGraphQL(subgraph.url, `{ gridCell(id: "BGM-E01") { code } }`);
    expect(direct.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const references = await postGraphQL<{ _entities: Array<{ code: string } | null> }>(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on GridCell { code } } }`,
      {
        r: [
          { __typename: 'GridCell', id: 'nonsense' },
          { __typename: 'GridCell', id: gridCellByCode('BGM-E02').id },
        ],
      },
      await serviceHeaders(),
    );
    expect(references.body.errors).toBeUndefined();
    expect(references.body.data?._entities).toEqual([null, { code: 'BGM-E02' }]);
  });

  // Issue 9, attack 6: these reached PostgreSQL and came back as INTERNAL_SERVER_ERROR.
  it('answers BAD_USER_INPUT naming the argument for a regionId that is not a UUID, or a NUL in a cursor', async () => {
    const malformed = await postGraphQL<{ gridCells: { nodes: Array<{ code: string }> } }>(
      subgraph.url,
      `query($regionId: ID) { gridCells(regionId: $regionId) { nodes { code } } }`,
      { regionId: "1' OR '1'='1" },
    );
    expect(malformed.body.data).toBeNull();
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'regionId',
    });
    const cursor = await postGraphQL(
      subgraph.url,
      `query($after: String) { gridCells(after: $after) { nodes { code } } }`,
      { after: 'WyJCR00\u0000' },
    );
    expect(cursor.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect(cursor.body.errors?.[0]?.message).toContain('U+0000');
    const [cell] = gridCells;
    const region = regions.find((candidate) => candidate.code === cell?.regionCode);
    const good = await postGraphQL<{ gridCells: { nodes: Array<{ code: string }> } }>(
      subgraph.url,
      `query($regionId: ID) { gridCells(regionId: $regionId, first: 100) { nodes { code } } }`,
      { regionId: region?.id },
    );
    expect(good.body.errors).toBeUndefined();
    expect(good.body.data?.gridCells.nodes.map((node) => node.code)).toContain(cell?.code);
  });

  it('refuses _entities and _service to an anonymous caller going around the gateway', async () => {
    for (const query of [
      `{ _service { sdl } }`,
      `{ _entities(representations: [{ __typename: "GridCell", id: "${gridCellByCode('BGM-E01').id}" }]) { __typename } }`,
    ]) {
      const response = await postGraphQL(subgraph.url, query);
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    const asService = await postGraphQL<{ _service: { sdl: string } }>(
      subgraph.url,
      `{ _service { sdl } }`,
      {},
      await serviceHeaders(),
    );
    expect(asService.body.data?._service.sdl).toContain('type GridCell');
  });

  it('refuses a forged page cursor as bad input', async () => {
    const forged = Buffer.from(JSON.stringify(['BGM-E01', 'not-a-uuid'])).toString('base64url');
    const response = await postGraphQL(
      subgraph.url,
      `query($after: String) { gridCells(after: $after) { nodes { code } } }`,
      { after: forged },
    );
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('resolves a batch of references with their workers in a fixed number of statements', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on GridCell { code gridWorkers { name } region { name } } } }`;
    const run = async (codes: string[]) => {
      statements.reset();
      const response = await postGraphQL<{
        _entities: Array<{ code: string; gridWorkers: Array<{ name: string }> }>;
      }>(
        subgraph.url,
        query,
        {
          representations: codes.map((code) => ({
            __typename: 'GridCell',
            id: gridCellByCode(code).id,
          })),
        },
        await serviceHeaders(),
      );
      expect(response.body.errors).toBeUndefined();
      return { response, count: statements.total };
    };
    const two = await run(['BGM-E01', 'BGM-C02']);
    const all = await run(gridCells.map((cell) => cell.code));
    expect(all.response.body.data?._entities).toHaveLength(gridCells.length);
    expect(
      all.response.body.data?._entities[0]?.gridWorkers.map((worker) => worker.name),
    ).toContain('网格员 王芳');
    expect(all.count).toBe(two.count);
  });

  it('seeds idempotently', async () => {
    const { dataSource } = await createGridSubgraph(
      subgraphDependencies('grid', { kind: 'postgres', url: database.url }),
    );
    try {
      await seedGrid(dataSource);
      expect(await dataSource.query('SELECT count(*)::int AS n FROM grid.grid_cell')).toEqual([
        { n: gridCells.length },
      ]);
    } finally {
      await dataSource.destroy();
    }
  });
});
