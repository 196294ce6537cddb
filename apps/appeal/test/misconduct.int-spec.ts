import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { seedUsers, stableId } from '@erqi/shared/util-seed-fixtures';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { ServiceMetrics } from '@erqi/shared/util-metrics';
import { createLogger } from '@erqi/shared/util-logging';
import type { DataSource } from 'typeorm';
import { createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';

// Every role is asked in turn, on a machine other suites share: generous, not timed.
jest.setTimeout(60_000);

const NOW = new Date('2024-03-04T02:00:00.000Z');
type Headers = Record<string, string>;

interface CaseView {
  id: string;
  officialName: string;
  departmentCode: string;
  status: string;
  nextStep: string | null;
  review: string | null;
  lessons: string | null;
  rules: Array<{ code: string }>;
  history: Array<{ fromStatus: string | null; toStatus: string; note: string }>;
}
const FIELDS = `id officialName departmentCode status nextStep review lessons rules { code } history { fromStatus toStatus note }`;
const STEPS = [
  'CENTRAL_INTAKE',
  'DIRECT_OR_TRANSFER',
  'INVESTIGATION',
  'CLOSURE_FEEDBACK',
  'FOLLOW_UP_VISIT',
  'RECTIFICATION',
] as const;

describe('问题讲评: misconduct cases, their six steps, their review and who may know of them', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  const metrics = new ServiceMetrics('appeal');
  let supervisor: Headers;
  let otherSupervisor: Headers;
  let discipline: Headers;
  let service: Headers;
  /** Every other role of the seed, ADMIN included, by role. */
  const others = new Map<string, Headers>();

  const graphql = <TData>(query: string, variables: Record<string, unknown>, headers: Headers) =>
    postGraphQL<TData>(subgraph.url, query, variables, headers);

  // sample: an invented official, not a real person
  const caseInput = (overrides: Record<string, unknown> = {}) => ({
    officialName: '王某（样例）',
    officialPost: '窗口科员',
    departmentCode: 'URBAN_MANAGEMENT',
    ruleCodes: ['NO-02', 'MUST-01'],
    summary: '企业三次申请均被以材料不全为由退回，未一次性告知所需材料',
    ...overrides,
  });
  const report = (input: Record<string, unknown>, headers: Headers) =>
    graphql<{ reportMisconductCase: CaseView }>(
      `mutation($input: ReportMisconductCaseInput!) { reportMisconductCase(input: $input) { ${FIELDS} } }`,
      { input },
      headers,
    );
  const reported = async (headers: Headers, overrides: Record<string, unknown> = {}) => {
    const response = await report(caseInput(overrides), headers);
    expect(response.body.errors).toBeUndefined();
    const created = response.body.data?.reportMisconductCase;
    if (!created) throw new TypeError('no case');
    return created;
  };
  const advance = (id: string, step: string, headers = discipline) =>
    graphql<{ advanceMisconductCase: CaseView }>(
      `mutation($id: ID!, $step: MisconductStep!, $note: String!) { advanceMisconductCase(id: $id, step: $step, note: $note) { ${FIELDS} } }`,
      { id, step, note: `${step} 已办理` },
      headers,
    );
  const reviewCase = (id: string, headers = discipline) =>
    graphql<{ reviewMisconductCase: CaseView }>(
      `mutation($id: ID!) { reviewMisconductCase(id: $id, review: "窗口推诿，三次退件", lessons: "一次性告知，首问负责") { ${FIELDS} } }`,
      { id },
      headers,
    );
  const byId = (id: string, headers: Headers) =>
    graphql<{ misconductCase: CaseView }>(
      `query($id: ID!) { misconductCase(id: $id) { ${FIELDS} } }`,
      { id },
      headers,
    );
  const list = (headers: Headers) =>
    graphql<{ misconductCases: { totalCount: number; nodes: Array<{ id: string }> } }>(
      `
        {
          misconductCases(first: 50) {
            totalCount
            nodes {
              id
            }
          }
        }
      `,
      {},
      headers,
    );
  const entities = (id: string, headers: Headers) =>
    graphql<{ _entities: Array<{ id: string } | null> }>(
      `
        query ($r: [_Any!]!) {
          _entities(representations: $r) {
            ... on MisconductCase {
              id
              officialName
            }
          }
        }
      `,
      { r: [{ __typename: 'MisconductCase', id }] },
      // As the gateway asks: its service token beside the user's.
      { ...service, ...headers },
    );
  const rowCounts = async () =>
    (
      (await dataSource.query(
        `SELECT (SELECT count(*) FROM misconduct_case)::int AS cases,
           (SELECT count(*) FROM misconduct_case_rule)::int AS rules,
           (SELECT count(*) FROM misconduct_case_entry)::int AS entries,
           (SELECT count(*) FROM outbox_message)::int AS events`,
      )) as unknown[]
    )[0];

  beforeAll(async () => {
    database = await createTestDatabase('appeal_misconduct');
    const definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { metrics, clock: () => new Date(NOW), options: fixtureDirectories() },
      ),
    );
    dataSource = definition.dataSource;
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-test'),
    });
    supervisor = await authHeaderFor(seedUser('SUPERVISOR'));
    // sample: a second supervisor, who reported nothing here
    otherSupervisor = await authHeaderFor({
      ...seedUser('SUPERVISOR'),
      subject: stableId('user', 'supervisor-sample-2'),
      login: 'supervisor-sample-2',
      name: '营商环境监督员 样例二号',
    });
    discipline = await authHeaderFor(seedUser('DISCIPLINE_OFFICER'));
    service = await serviceHeaders();
    for (const user of seedUsers) {
      if (user.role === 'SUPERVISOR' || user.role === 'DISCIPLINE_OFFICER') continue;
      if (!others.has(user.role)) others.set(user.role, await authHeaderFor(user));
    }
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('runs a case through the six steps in order, then its 讲评, and publishes nothing', async () => {
    const created = await reported(supervisor);
    expect(created).toMatchObject({
      status: 'REPORTED',
      nextStep: 'CENTRAL_INTAKE',
      rules: [{ code: 'MUST-01' }, { code: 'NO-02' }],
    });
    // Out of order: a later step, and the review before the six are done.
    expect((await advance(created.id, 'INVESTIGATION')).body.errors?.[0]?.extensions).toMatchObject(
      { code: 'CONFLICT', status: 'REPORTED', nextStep: 'CENTRAL_INTAKE' },
    );
    expect((await reviewCase(created.id)).body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
    });
    // Only the discipline officer takes steps; the reporter may not.
    expect(
      (await advance(created.id, 'CENTRAL_INTAKE', supervisor)).body.errors?.[0]?.extensions,
    ).toMatchObject({ code: 'FORBIDDEN' });

    const statuses: string[] = [];
    for (const step of STEPS) {
      const response = await advance(created.id, step);
      expect(response.body.errors).toBeUndefined();
      statuses.push(response.body.data?.advanceMisconductCase.status ?? '');
    }
    expect(statuses).toEqual([
      'ACCEPTED',
      'ROUTED',
      'INVESTIGATED',
      'CONCLUDED',
      'FOLLOWED_UP',
      'RECTIFIED',
    ]);
    expect((await advance(created.id, 'RECTIFICATION')).body.errors?.[0]?.extensions).toMatchObject(
      { code: 'CONFLICT' },
    );

    const reviewed = (await reviewCase(created.id)).body.data?.reviewMisconductCase;
    expect(reviewed).toMatchObject({
      status: 'REVIEWED',
      nextStep: null,
      review: '窗口推诿，三次退件',
      lessons: '一次性告知，首问负责',
    });
    expect(reviewed?.history.map((entry) => entry.note)).toEqual([
      '监督员报告：违反 NO-02、MUST-01',
      '集中受理：CENTRAL_INTAKE 已办理',
      '直办转办：DIRECT_OR_TRANSFER 已办理',
      '调查处理：INVESTIGATION 已办理',
      '结案反馈：CLOSURE_FEEDBACK 已办理',
      '评价回访：FOLLOW_UP_VISIT 已办理',
      '整改提升：RECTIFICATION 已办理',
      '讲评',
    ]);
    // The reporting supervisor reads the outcome.
    expect((await byId(created.id, supervisor)).body.data?.misconductCase).toMatchObject({
      status: 'REVIEWED',
      review: '窗口推诿，三次退件',
    });
    expect(await rowCounts()).toMatchObject({ events: 0 });
  });

  it('is NOT_FOUND by id, in lists and through _entities for every other role, ADMIN included', async () => {
    const created = await reported(supervisor, { officialName: '李某（样例）' });
    const filed = await reported(discipline, { departmentCode: 'MARKET_REGULATION' });
    expect(others.has('ADMIN')).toBe(true);
    const strangers: Array<[string, Headers]> = [
      ...others.entries(),
      ['another SUPERVISOR', otherSupervisor],
    ];
    expect(strangers.length).toBeGreaterThanOrEqual(12);
    for (const [who, headers] of strangers) {
      for (const id of [created.id, filed.id]) {
        const read = await byId(id, headers);
        expect([who, read.body.errors?.[0]?.extensions]).toEqual([
          who,
          expect.objectContaining({ code: 'NOT_FOUND' }),
        ]);
        const entity = await entities(id, headers);
        expect([who, entity.body.errors?.[0]?.extensions]).toEqual([
          who,
          expect.objectContaining({ code: 'NOT_FOUND' }),
        ]);
        expect(JSON.stringify(entity.body)).not.toContain('李某');
      }
      expect([who, (await list(headers)).body.data?.misconductCases]).toEqual([
        who,
        { totalCount: 0, nodes: [] },
      ]);
    }
    // The same answer as for a case that does not exist.
    const missing = await byId('00000000-0000-0000-0000-000000000000', discipline);
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });

    // The reporting supervisor sees its own, never the one the discipline officer filed.
    const own = (await list(supervisor)).body.data?.misconductCases;
    expect(own?.nodes.map((node) => node.id)).toContain(created.id);
    expect(own?.nodes.map((node) => node.id)).not.toContain(filed.id);
    expect((await byId(filed.id, supervisor)).body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await entities(created.id, supervisor)).body.data?._entities).toEqual([
      { id: created.id, officialName: '李某（样例）' },
    ]);
    // The discipline officer sees all.
    const all = (await list(discipline)).body.data?.misconductCases;
    expect(all?.nodes.map((node) => node.id)).toEqual(
      expect.arrayContaining([created.id, filed.id]),
    );
    expect(all?.totalCount).toBe(all?.nodes.length);
  });

  it('refuses a case citing an unknown rule, naming the field, and writes nothing', async () => {
    const before = await rowCounts();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ruleCodes: ['NO-02', 'NO-11'] }, 'ruleCodes'],
      [{ ruleCodes: [] }, 'ruleCodes'],
      [{ departmentCode: 'NO_SUCH_DEPARTMENT' }, 'departmentCode'],
      [{ officialName: '  ' }, 'officialName'],
    ];
    for (const [overrides, field] of cases) {
      const response = await report(caseInput(overrides), discipline);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(response.body.errors?.[0])).toContain(field);
    }
    for (const role of ['ADMIN', 'LEADER', 'DEPARTMENT_STAFF', 'ENTERPRISE']) {
      const response = await report(caseInput(), others.get(role) ?? {});
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('counts cases by department and by rule, for the discipline officer only', async () => {
    const figuresQuery = `{ misconductFigures { byDepartment { departmentCode total open } byRule { rule { code } total open } } }`;
    type Figures = {
      misconductFigures: {
        byDepartment: Array<{ departmentCode: string; total: number; open: number }>;
        byRule: Array<{ rule: { code: string }; total: number; open: number }>;
      };
    };
    const before = (await graphql<Figures>(figuresQuery, {}, discipline)).body.data
      ?.misconductFigures;
    await reported(discipline, { departmentCode: 'MARKET_REGULATION', ruleCodes: ['NO-05'] });
    const after = (await graphql<Figures>(figuresQuery, {}, discipline)).body.data
      ?.misconductFigures;
    const department = (figures: typeof after, code: string) =>
      figures?.byDepartment.find((row) => row.departmentCode === code) ?? { total: 0, open: 0 };
    const rule = (figures: typeof after, code: string) =>
      figures?.byRule.find((row) => row.rule.code === code);
    expect(department(after, 'MARKET_REGULATION').total).toBe(
      department(before, 'MARKET_REGULATION').total + 1,
    );
    expect(rule(after, 'NO-05')).toEqual({ rule: { code: 'NO-05' }, total: 1, open: 1 });
    expect(after?.byRule).toHaveLength(20);
    for (const headers of [supervisor, others.get('ADMIN') ?? {}, others.get('LEADER') ?? {}])
      expect((await graphql(figuresQuery, {}, headers)).body.errors?.[0]?.extensions).toMatchObject(
        { code: 'FORBIDDEN' },
      );
  });
});
