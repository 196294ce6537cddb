import { ServiceMetrics } from '@erqi/shared/util-metrics';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  creditCodeCheckCharacter,
  organisationCodeCheckCharacter,
} from '@erqi/shared/util-credit-code';
import { createLogger } from '@erqi/shared/util-logging';
import {
  collectiveEnterprise,
  enterprises,
  gridCellByCode,
  gridCells,
} from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { seedEnterprise } from '../src/seed';
import { createEnterpriseSubgraph } from '../src/subgraph';

interface EnterpriseView {
  id: string;
  name: string;
  creditCode: string;
  gridCell: { id: string };
  contactName: string;
  contactPhone: string;
  createdAt: string;
}

const ENTERPRISE_FIELDS = 'id name creditCode gridCell { id } contactName contactPhone createdAt';

/** A valid credit code that no seed enterprise has. */
/** A code of a company in Erqi District (410103) whose organisation code starts with these eight characters. */
function unusedCreditCode(organisation: string): string {
  const body = `91410103${organisation}${organisationCodeCheckCharacter(organisation)}`;
  return `${body}${creditCodeCheckCharacter(body)}`;
}

describe('enterprise subgraph on PostgreSQL', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  /** ADMIN sees every enterprise and registers anywhere; the rules per role are in enterprise-access.int-spec. */
  let admin: Record<string, string>;
  /** What the gateway sends for `_entities`: its own service token beside the user's. */
  let gatewayForAdmin: Record<string, string>;
  const metrics = new ServiceMetrics('enterprise');
  const statements = metrics.statements;
  const rowCount = async (): Promise<number> =>
    (
      (await dataSource.query('SELECT count(*)::int AS n FROM enterprise.enterprise')) as Array<{
        n: number;
      }>
    )[0]?.n ?? -1;

  beforeAll(async () => {
    database = await createTestDatabase('enterprise');
    const definition = await createEnterpriseSubgraph(
      subgraphDependencies('enterprise', { kind: 'postgres', url: database.url }, { metrics }),
    );
    dataSource = definition.dataSource;
    await seedEnterprise(definition.dataSource);
    admin = await authHeaderFor(seedUser('ADMIN'));
    gatewayForAdmin = { ...(await serviceHeaders()), ...admin };
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('enterprise-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('finds an enterprise by id, with its grid cell as a reference', async () => {
    const response = await postGraphQL<{ enterprise: EnterpriseView }>(
      subgraph.url,
      `query($id: ID!) { enterprise(id: $id) { ${ENTERPRISE_FIELDS} } }`,
      {
        id: collectiveEnterprise.id,
      },
      admin,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.enterprise).toMatchObject({
      id: collectiveEnterprise.id,
      name: '河南八方顺亿实业有限公司',
      creditCode: collectiveEnterprise.creditCode,
      gridCell: { id: gridCellByCode('BGM-E01').id },
      contactName: collectiveEnterprise.contactName,
      contactPhone: collectiveEnterprise.contactPhone,
    });
    expect(Number.isNaN(Date.parse(response.body.data?.enterprise.createdAt ?? ''))).toBe(false);
  });

  it('finds an enterprise by its credit code, also when typed in lower case', async () => {
    const query = `query($code: String!) { enterpriseByCreditCode(code: $code) { id name } }`;
    const exact = await postGraphQL<{ enterpriseByCreditCode: { id: string } }>(
      subgraph.url,
      query,
      { code: collectiveEnterprise.creditCode },
      admin,
    );
    expect(exact.body.data?.enterpriseByCreditCode.id).toBe(collectiveEnterprise.id);
    const lower = await postGraphQL<{ enterpriseByCreditCode: { id: string } }>(
      subgraph.url,
      query,
      { code: ` ${collectiveEnterprise.creditCode.toLowerCase()} ` },
      admin,
    );
    expect(lower.body.data?.enterpriseByCreditCode.id).toBe(collectiveEnterprise.id);
  });

  it('says what is wrong with a malformed credit code, and NOT_FOUND for a valid one nobody has', async () => {
    const query = `query($code: String!) { enterpriseByCreditCode(code: $code) { id } }`;
    const malformed = await postGraphQL(subgraph.url, query, { code: '91410103' }, admin);
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'code',
    });
    expect(malformed.body.errors?.[0]?.message).toMatch(/18 characters/);
    const unknown = await postGraphQL(
      subgraph.url,
      query,
      { code: unusedCreditCode('MA000001') },
      admin,
    );
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'code',
    });
  });

  it('answers NOT_FOUND for an unknown id, and for an id that cannot be one', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'BGM-E01']) {
      const response = await postGraphQL(
        subgraph.url,
        `query($id: ID!) { enterprise(id: $id) { name } }`,
        { id },
        admin,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
    }
  });

  describe('registerEnterprise', () => {
    const mutation = `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { ${ENTERPRISE_FIELDS} } }`;
    const input = (overrides: Record<string, unknown> = {}) => ({
      input: {
        name: '  郑州晨霞新材料有限公司 ',
        creditCode: unusedCreditCode('MA000002'),
        gridCellId: gridCellByCode('BGM-C03').id,
        contactName: '经理 魏然',
        contactPhone: '13900009999',
        ...overrides,
      },
    });

    it('registers an enterprise, trimmed, and finds it by its code afterwards', async () => {
      const before = await rowCount();
      const response = await postGraphQL<{ registerEnterprise: EnterpriseView }>(
        subgraph.url,
        mutation,
        input(),
        admin,
      );
      expect(response.body.errors).toBeUndefined();
      const registered = response.body.data?.registerEnterprise;
      expect(registered).toMatchObject({
        name: '郑州晨霞新材料有限公司',
        creditCode: unusedCreditCode('MA000002'),
        gridCell: { id: gridCellByCode('BGM-C03').id },
      });
      expect(Number.isNaN(Date.parse(registered?.createdAt ?? ''))).toBe(false);
      expect(await rowCount()).toBe(before + 1);
      const found = await postGraphQL<{ enterpriseByCreditCode: { id: string } }>(
        subgraph.url,
        `{ enterpriseByCreditCode(code: "${unusedCreditCode('MA000002')}") { id } }`,
        {},
        admin,
      );
      expect(found.body.data?.enterpriseByCreditCode.id).toBe(registered?.id);
    });

    it('rejects a credit code whose check character is wrong, naming the field, and writes nothing', async () => {
      const valid = unusedCreditCode('MA000003');
      const wrong = `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;
      const before = await rowCount();
      const response = await postGraphQL(
        subgraph.url,
        mutation,
        input({ creditCode: wrong }),
        admin,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'creditCode',
      });
      expect(response.body.errors?.[0]?.message).toMatch(/last character/);
      expect(response.body.data).toBeNull();
      expect(await rowCount()).toBe(before);
    });

    // Issue 9, attack 8: only the check character was checked, so this registered.
    it.each([
      ['000000000000000000', /registration authority/],
      [`94${unusedCreditCode('MA000005').slice(2, 17)}`, /category/],
      [`91000000${unusedCreditCode('MA000005').slice(8, 17)}`, /division/],
      [
        `91410103MA000005${organisationCodeCheckCharacter('MA000005') === '0' ? '1' : '0'}`,
        /organisation code/,
      ],
    ])(
      'refuses the structurally wrong credit code %s, saying which part is wrong, and writes nothing',
      async (code, said) => {
        const creditCode = code.length === 17 ? `${code}${creditCodeCheckCharacter(code)}` : code;
        const before = await rowCount();
        const response = await postGraphQL(subgraph.url, mutation, input({ creditCode }), admin);
        expect(response.body.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'creditCode',
        });
        expect(response.body.errors?.[0]?.message).toMatch(said);
        expect(await rowCount()).toBe(before);
      },
    );

    it('answers CONFLICT for a credit code already registered, and writes nothing', async () => {
      const before = await rowCount();
      const response = await postGraphQL(
        subgraph.url,
        mutation,
        input({ creditCode: collectiveEnterprise.creditCode.toLowerCase() }),
        admin,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'creditCode',
      });
      expect(await rowCount()).toBe(before);
    });

    it.each([
      ['name', { name: '   ' }],
      ['contactPhone', { contactPhone: '0371-68888888' }],
      ['gridCellId', { gridCellId: 'BGM-E01' }],
      // Issue 9, attacks 6 and 8: a NUL reached PostgreSQL; a name of one zero-width space registered.
      ['name', { name: '\u200B' }],
      ['name', { name: '\uFEFF\u200C\u2060\u00AD' }],
      ['name', { name: '郑州\u0000晨雨' }],
      ['contactName', { contactName: '经理\u0007王' }],
    ])('rejects a bad %s with BAD_USER_INPUT on that field', async (field, overrides) => {
      const before = await rowCount();
      const response = await postGraphQL(
        subgraph.url,
        mutation,
        input({ creditCode: unusedCreditCode('MA000004'), ...overrides }),
        admin,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
      expect(await rowCount()).toBe(before);
    });
  });

  it('lists the enterprises of a cell a page at a time, in name order', async () => {
    const cellId = gridCellByCode('BGM-E01').id;
    const expected = enterprises.filter((enterprise) => enterprise.gridCellId === cellId);
    type Page = {
      enterprises: {
        nodes: Array<{ name: string }>;
        totalCount: number;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    };
    const query = `query($cell: ID, $after: String) { enterprises(gridCellId: $cell, first: 3, after: $after) { nodes { name } totalCount pageInfo { endCursor hasNextPage } } }`;
    const whole = await postGraphQL<Page>(
      subgraph.url,
      `query($cell: ID) { enterprises(gridCellId: $cell, first: 100) { nodes { name } } }`,
      { cell: cellId },
      admin,
    );
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: { body: { data?: Page | null; errors?: unknown } } = await postGraphQL<Page>(
        subgraph.url,
        query,
        { cell: cellId, after },
        admin,
      );
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data?.enterprises;
      expect(page?.totalCount).toBe(expected.length);
      names.push(...(page?.nodes.map((node) => node.name) ?? []));
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(Math.ceil(expected.length / 3));
    expect(names).toEqual(whole.body.data?.enterprises.nodes.map((node) => node.name));
    expect([...names].sort()).toEqual(expected.map((enterprise) => enterprise.name).sort());
  });

  it('rejects a page size over 100 and a cursor it did not give out', async () => {
    const tooMany = await postGraphQL(
      subgraph.url,
      `{ enterprises(first: 101) { totalCount } }`,
      {},
      admin,
    );
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const forged = await postGraphQL(
      subgraph.url,
      `{ enterprises(after: "bm90IGEgY3Vyc29y") { totalCount } }`,
      {},
      admin,
    );
    expect(forged.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('adds enterprises to any number of grid cells in a fixed number of statements', async () => {
    const query = `query($representations: [_Any!]!, $first: Int!) { _entities(representations: $representations) { ... on GridCell { id enterprises(first: $first) { name gridCell { id } } } } }`;
    type Cells = {
      _entities: Array<{
        id: string;
        enterprises: Array<{ name: string; gridCell: { id: string } }>;
      }>;
    };
    const run = async (codes: string[], first = 50) => {
      statements.reset();
      const response = await postGraphQL<Cells>(
        subgraph.url,
        query,
        {
          first,
          representations: codes.map((code) => ({
            __typename: 'GridCell',
            id: gridCellByCode(code).id,
          })),
        },
        gatewayForAdmin,
      );
      expect(response.body.errors).toBeUndefined();
      return { cells: response.body.data?._entities ?? [], count: statements.total };
    };
    const two = await run(['BGM-E01', 'BGM-C02']);
    const all = await run(gridCells.map((cell) => cell.code));
    expect(all.cells).toHaveLength(gridCells.length);
    expect(all.count).toBe(two.count);
    expect(all.count).toBe(1);
    for (const cell of all.cells) {
      expect(cell.enterprises.every((enterprise) => enterprise.gridCell.id === cell.id)).toBe(true);
    }
    const e01 = all.cells.find((cell) => cell.id === gridCellByCode('BGM-E01').id);
    expect(e01?.enterprises.map((enterprise) => enterprise.name)).toContain(
      '河南八方顺亿实业有限公司',
    );
    expect(e01?.enterprises).toHaveLength(
      enterprises.filter((enterprise) => enterprise.gridCellId === e01?.id).length,
    );

    // The cap applies per cell: every cell still gets its first two.
    const capped = await run(['BGM-E01', 'BGM-E02', 'BGM-E03'], 2);
    expect(capped.cells.map((cell) => cell.enterprises.length)).toEqual([2, 2, 2]);
  });

  it('rejects more than 100 enterprises per cell', async () => {
    const response = await postGraphQL(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on GridCell { enterprises(first: 101) { name } } } }`,
      {
        r: [{ __typename: 'GridCell', id: gridCellByCode('BGM-E01').id }],
      },
      gatewayForAdmin,
    );
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('resolves a batch of enterprise references in one statement, null for unknown ones', async () => {
    statements.reset();
    const ids = [
      ...enterprises.slice(0, 6).map((enterprise) => enterprise.id),
      '00000000-0000-4000-8000-000000000000',
      'not-an-id',
    ];
    const response = await postGraphQL<{ _entities: Array<{ id: string; name: string } | null> }>(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { id name } } }`,
      { r: ids.map((id) => ({ __typename: 'Enterprise', id })) },
      gatewayForAdmin,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities.map((entity) => entity?.id ?? null)).toEqual([
      ...ids.slice(0, 6),
      null,
      null,
    ]);
    expect(statements.total).toBe(1);
  });

  it('seeds idempotently', async () => {
    const { dataSource: second } = await createEnterpriseSubgraph(
      subgraphDependencies('enterprise', { kind: 'postgres', url: database.url }),
    );
    try {
      const before = await rowCount();
      expect(await seedEnterprise(second)).toEqual({ inserted: 0 });
      expect(await rowCount()).toBe(before);
      const fixtureIds = enterprises.map((enterprise) => enterprise.id);
      expect(
        await second.query(
          'SELECT count(*)::int AS n FROM enterprise.enterprise WHERE id = ANY($1)',
          [fixtureIds],
        ),
      ).toEqual([{ n: enterprises.length }]);
    } finally {
      await second.destroy();
    }
  });
});
