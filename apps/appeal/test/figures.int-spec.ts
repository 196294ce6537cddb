import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { ServiceMetrics } from '@erqi/shared/util-metrics';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createLogger } from '@erqi/shared/util-logging';
import { departmentByCode, gridCellByCode } from '@erqi/shared/util-seed-fixtures';
import { createAppealSubgraph } from '../src/subgraph';
import { insertAppeal, insertTestCategory } from './escalation-fixtures';
import { fixtureDirectories } from './fixture-directories';

const NOW = new Date('2024-03-10T00:00:00.000Z');
const day = (date: string) => new Date(`2024-${date}Z`);
const urban = departmentByCode('URBAN_MANAGEMENT').id;
const market = departmentByCode('MARKET_REGULATION').id;
const c1 = gridCellByCode('BGM-C01').id;
const c2 = gridCellByCode('BGM-C02').id;

interface FigureRow {
  key: string;
  department: { id: string } | null;
  gridCell: { id: string } | null;
  handlingMode: string | null;
  countsByStatus: Array<{ status: string; count: number }>;
  total: number;
  resolvedCount: number;
  onTimeCount: number;
  onTimeRate: number | null;
  averageSatisfaction: number | null;
  overdueCount: number;
}
type Row = Pick<
  FigureRow,
  'total' | 'resolvedCount' | 'onTimeCount' | 'onTimeRate' | 'averageSatisfaction' | 'overdueCount'
>;

const FIGURES = `query($groupBy: FigureGrouping!, $from: DateTime, $to: DateTime) { appealFigures(groupBy: $groupBy, from: $from, to: $to) {
  key department { id } gridCell { id } handlingMode countsByStatus { status count } total resolvedCount onTimeCount onTimeRate averageSatisfaction overdueCount } }`;
const OVERDUE = `query($first: Int, $after: String, $departmentCode: String, $gridCellId: ID) {
  overdueAppeals(first: $first, after: $after, departmentCode: $departmentCode, gridCellId: $gridCellId) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id dueAt overdue } } }`;

describe('零超时: appeal figures and the overdue list', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  const metrics = new ServiceMetrics('appeal');
  const statements = metrics.statements;
  const ids: Record<string, string> = {};
  let supervisor: Record<string, string> = {};

  const graphql = <TData>(
    query: string,
    variables: Record<string, unknown>,
    headers = supervisor,
  ) => postGraphQL<TData>(subgraph.url, query, variables, headers);
  const figures = async (
    groupBy: string,
    range: { from?: string; to?: string } = {},
  ): Promise<Map<string, FigureRow>> => {
    const response = await graphql<{ appealFigures: FigureRow[] }>(FIGURES, { groupBy, ...range });
    expect(response.body.errors).toBeUndefined();
    return new Map((response.body.data?.appealFigures ?? []).map((row) => [row.key, row]));
  };
  const pick = (row: FigureRow | undefined): Row | undefined =>
    row && {
      total: row.total,
      resolvedCount: row.resolvedCount,
      onTimeCount: row.onTimeCount,
      onTimeRate: row.onTimeRate,
      averageSatisfaction: row.averageSatisfaction,
      overdueCount: row.overdueCount,
    };

  beforeAll(async () => {
    database = await createTestDatabase('appeal_figures');
    const definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { metrics, clock: () => new Date(NOW), options: fixtureDirectories() },
      ),
    );
    const dataSource = definition.dataSource;
    await insertTestCategory(dataSource);
    const submittedAt = day('03-01T00:00:00');
    // A small district by hand: who leads, where, how, and when each was due and resolved.
    ids['onTime'] = await insertAppeal(dataSource, {
      leadDepartmentId: urban,
      gridCellId: c1,
      handlingMode: 'URGENT',
      status: 'RESOLVED',
      submittedAt,
      dueAt: day('03-02T00:00:00'),
      resolvedAt: day('03-01T12:00:00'),
    });
    ids['late'] = await insertAppeal(dataSource, {
      leadDepartmentId: urban,
      gridCellId: c1,
      handlingMode: 'URGENT',
      status: 'CLOSED',
      submittedAt,
      dueAt: day('03-02T00:00:00'),
      resolvedAt: day('03-03T00:00:00'),
      rating: 4,
    });
    ids['unsatisfied'] = await insertAppeal(dataSource, {
      leadDepartmentId: urban,
      gridCellId: c2,
      handlingMode: 'JOINT',
      status: 'EVALUATED',
      submittedAt,
      dueAt: day('03-06T00:00:00'),
      resolvedAt: day('03-05T00:00:00'),
      rating: 2,
    });
    ids['jointOverdue'] = await insertAppeal(dataSource, {
      leadDepartmentId: urban,
      gridCellId: c2,
      handlingMode: 'JOINT',
      status: 'HANDLING',
      submittedAt,
      dueAt: day('03-08T00:00:00'),
    });
    ids['ledgerOpen'] = await insertAppeal(dataSource, {
      leadDepartmentId: market,
      gridCellId: c1,
      handlingMode: 'LEDGER',
      status: 'HANDLING',
      submittedAt,
      dueAt: day('03-20T00:00:00'),
    });
    ids['ledgerOverdue'] = await insertAppeal(dataSource, {
      leadDepartmentId: market,
      gridCellId: c1,
      handlingMode: 'LEDGER',
      status: 'TRANSFERRED',
      submittedAt,
      dueAt: day('03-09T00:00:00'),
    });
    ids['tracked'] = await insertAppeal(dataSource, {
      leadDepartmentId: market,
      gridCellId: c2,
      handlingMode: 'TRACKED',
      status: 'RESOLVED',
      submittedAt,
      dueAt: day('03-31T00:00:00'),
      resolvedAt: day('03-05T00:00:00'),
    });
    ids['undispatched'] = await insertAppeal(dataSource, {
      leadDepartmentId: null,
      gridCellId: c2,
      handlingMode: 'TRACKED',
      status: 'SUBMITTED',
      submittedAt,
      dueAt: day('03-05T00:00:00'),
    });
    // Filed in February: outside a March window.
    ids['february'] = await insertAppeal(dataSource, {
      leadDepartmentId: urban,
      gridCellId: c1,
      handlingMode: 'URGENT',
      status: 'HANDLING',
      submittedAt: day('02-01T00:00:00'),
      dueAt: day('02-02T00:00:00'),
    });
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-test'),
    });
    supervisor = await authHeaderFor(seedUser('SUPERVISOR'));
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('counts per lead department: statuses, on-time rate, satisfaction, overdue', async () => {
    const rows = await figures('DEPARTMENT');
    expect([...rows.keys()].sort()).toEqual([urban, market, 'UNASSIGNED'].sort());
    expect(pick(rows.get(urban))).toEqual({
      total: 5,
      resolvedCount: 3,
      onTimeCount: 2,
      onTimeRate: 2 / 3,
      averageSatisfaction: 3,
      overdueCount: 2,
    });
    expect(rows.get(urban)?.countsByStatus).toEqual([
      { status: 'HANDLING', count: 2 },
      { status: 'RESOLVED', count: 1 },
      { status: 'EVALUATED', count: 1 },
      { status: 'CLOSED', count: 1 },
    ]);
    expect(rows.get(urban)?.department).toEqual({ id: urban });
    expect(pick(rows.get(market))).toEqual({
      total: 3,
      resolvedCount: 1,
      onTimeCount: 1,
      onTimeRate: 1,
      averageSatisfaction: null,
      overdueCount: 1,
    });
    expect(rows.get('UNASSIGNED')).toMatchObject({
      department: null,
      total: 1,
      onTimeRate: null,
      overdueCount: 1,
      countsByStatus: [{ status: 'SUBMITTED', count: 1 }],
    });
  });

  it('counts per handling mode and per grid cell', async () => {
    const modes = await figures('HANDLING_MODE');
    expect(pick(modes.get('URGENT'))).toEqual({
      total: 3,
      resolvedCount: 2,
      onTimeCount: 1,
      onTimeRate: 0.5,
      averageSatisfaction: 4,
      overdueCount: 1,
    });
    expect(pick(modes.get('JOINT'))).toEqual({
      total: 2,
      resolvedCount: 1,
      onTimeCount: 1,
      onTimeRate: 1,
      averageSatisfaction: 2,
      overdueCount: 1,
    });
    expect(pick(modes.get('LEDGER'))).toEqual({
      total: 2,
      resolvedCount: 0,
      onTimeCount: 0,
      onTimeRate: null,
      averageSatisfaction: null,
      overdueCount: 1,
    });
    expect(pick(modes.get('TRACKED'))).toEqual({
      total: 2,
      resolvedCount: 1,
      onTimeCount: 1,
      onTimeRate: 1,
      averageSatisfaction: null,
      overdueCount: 1,
    });
    expect(modes.get('URGENT')?.handlingMode).toBe('URGENT');

    const cells = await figures('GRID_CELL');
    expect(pick(cells.get(c1))).toEqual({
      total: 5,
      resolvedCount: 2,
      onTimeCount: 1,
      onTimeRate: 0.5,
      averageSatisfaction: 4,
      overdueCount: 2,
    });
    expect(pick(cells.get(c2))).toEqual({
      total: 4,
      resolvedCount: 2,
      onTimeCount: 2,
      onTimeRate: 1,
      averageSatisfaction: 2,
      overdueCount: 2,
    });
    expect(cells.get(c2)?.gridCell).toEqual({ id: c2 });
  });

  it('counts only the appeals submitted in [from, to)', async () => {
    const march = await figures('DEPARTMENT', {
      from: '2024-03-01T00:00:00.000Z',
      to: '2024-04-01T00:00:00.000Z',
    });
    expect(pick(march.get(urban))).toEqual({
      total: 4,
      resolvedCount: 3,
      onTimeCount: 2,
      onTimeRate: 2 / 3,
      averageSatisfaction: 3,
      overdueCount: 1,
    });
    expect(
      (await figures('DEPARTMENT', { to: '2024-03-01T00:00:00.000Z' })).get(urban)?.total,
    ).toBe(1);
    const backwards = await graphql(FIGURES, {
      groupBy: 'DEPARTMENT',
      from: '2024-04-01T00:00:00.000Z',
      to: '2024-03-01T00:00:00.000Z',
    });
    expect(backwards.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
  });

  it('answers each grouping with one SQL statement, and the overdue list with three', async () => {
    for (const groupBy of ['DEPARTMENT', 'GRID_CELL', 'HANDLING_MODE']) {
      statements.reset();
      await figures(groupBy);
      expect({ groupBy, statements: statements.total }).toEqual({ groupBy, statements: 1 });
    }
    statements.reset();
    expect((await graphql(OVERDUE, { first: 10 })).body.errors).toBeUndefined();
    // The count, the page, and Appeal.overdue of the whole page in one batch.
    expect(statements.total).toBe(3);
  });

  it('lists the open appeals past their deadline, longest overdue first, a page at a time, by department or cell', async () => {
    type Page = {
      overdueAppeals: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Array<{ id: string }>;
      };
    };
    const first = await graphql<Page>(OVERDUE, { first: 2 });
    expect(first.body.data?.overdueAppeals.totalCount).toBe(4);
    expect(first.body.data?.overdueAppeals.nodes.map((node) => node.id)).toEqual([
      ids['february'],
      ids['undispatched'],
    ]);
    const second = await graphql<Page>(OVERDUE, {
      first: 2,
      after: first.body.data?.overdueAppeals.pageInfo.endCursor,
    });
    expect(second.body.data?.overdueAppeals.nodes.map((node) => node.id)).toEqual([
      ids['jointOverdue'],
      ids['ledgerOverdue'],
    ]);
    expect(second.body.data?.overdueAppeals.pageInfo.hasNextPage).toBe(false);

    const urbanOnly = await graphql<Page>(OVERDUE, { departmentCode: 'URBAN_MANAGEMENT' });
    expect(urbanOnly.body.data?.overdueAppeals.nodes.map((node) => node.id)).toEqual([
      ids['february'],
      ids['jointOverdue'],
    ]);
    const cell = await graphql<Page>(OVERDUE, { gridCellId: c2 });
    expect(cell.body.data?.overdueAppeals.nodes.map((node) => node.id)).toEqual([
      ids['undispatched'],
      ids['jointOverdue'],
    ]);
    expect(
      (await graphql(OVERDUE, { departmentCode: 'NO_SUCH' })).body.errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentCode' });
  });

  it('is for supervisors, leaders and admins', async () => {
    expect(
      (await graphql(FIGURES, { groupBy: 'DEPARTMENT' }, {})).body.errors?.[0]?.extensions,
    ).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(
      (await graphql(OVERDUE, {}, await authHeaderFor(seedUser('ENTERPRISE')))).body.errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      (await graphql(FIGURES, { groupBy: 'DEPARTMENT' }, await authHeaderFor(seedUser('LEADER'))))
        .body.errors,
    ).toBeUndefined();
  });
});
