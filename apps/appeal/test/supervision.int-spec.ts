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
import { assertKnownEvent, fromKafkaRecord } from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import type { DataSource } from 'typeorm';
import { createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2024-03-04T02:00:00.000Z');
const later = (days: number) => new Date(NOW.getTime() + days * DAY_MS).toISOString();

interface FindingView {
  id: string;
  departmentCode: string;
  title: string;
  status: string;
  overdue: boolean;
  rectifyBy: string;
  recordedBy: string;
  history: Array<{ actor: string; fromStatus: string | null; toStatus: string; note: string }>;
}
type Headers = Record<string, string>;

const FIELDS = `id departmentCode title status overdue rectifyBy recordedBy history { actor fromStatus toStatus note }`;

describe('暗访督导台账: the supervision ledger', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  const metrics = new ServiceMetrics('appeal');
  const statements = metrics.statements;
  const as: Record<
    'supervisor' | 'admin' | 'leader' | 'staff' | 'otherStaff' | 'enterprise' | 'anonymous',
    Headers
  > = {
    supervisor: {},
    admin: {},
    leader: {},
    staff: {},
    otherStaff: {},
    enterprise: {},
    anonymous: {},
  };

  const graphql = <TData>(query: string, variables: Record<string, unknown>, headers: Headers) =>
    postGraphQL<TData>(subgraph.url, query, variables, headers);

  const record = (input: Record<string, unknown>, headers = as.supervisor) =>
    graphql<{ recordSupervisionFinding: FindingView }>(
      `mutation($input: RecordSupervisionFindingInput!) { recordSupervisionFinding(input: $input) { ${FIELDS} } }`,
      { input },
      headers,
    );

  const recorded = async (overrides: Record<string, unknown> = {}): Promise<FindingView> => {
    const response = await record({
      departmentCode: 'URBAN_MANAGEMENT',
      ruleCode: 'NO-02',
      title: '窗口人员脱岗',
      description: '暗访时政务服务窗口无人值守',
      rectifyBy: later(7),
      ...overrides,
    });
    expect(response.body.errors).toBeUndefined();
    const finding = response.body.data?.recordSupervisionFinding;
    if (!finding) throw new TypeError('no finding');
    return finding;
  };

  type Move = 'startRectification' | 'reportRectified' | 'verifyFinding' | 'rejectRectification';
  const move = (name: Move, id: string, headers: Headers, extra: Record<string, unknown> = {}) => {
    const note = name === 'rejectRectification' ? '$note: String!' : '$note: String';
    const rectifyBy = name === 'rejectRectification' ? ', $rectifyBy: DateTime' : '';
    const rectifyArg = name === 'rejectRectification' ? ', rectifyBy: $rectifyBy' : '';
    return graphql<Record<Move, FindingView>>(
      `mutation($id: ID!, ${note}${rectifyBy}) { ${name}(id: $id, note: $note${rectifyArg}) { ${FIELDS} } }`,
      { id, note: null, ...extra },
      headers,
    );
  };
  const moved = async (
    name: Move,
    id: string,
    headers: Headers,
    extra: Record<string, unknown> = {},
  ): Promise<FindingView> => {
    const response = await move(name, id, headers, extra);
    expect(response.body.errors).toBeUndefined();
    const finding = response.body.data?.[name];
    if (!finding) throw new TypeError(`no finding from ${name}`);
    return finding;
  };

  const rowOf = async (id: string): Promise<unknown> => {
    const [row] = (await dataSource.query(
      `SELECT f.status, f.version, (SELECT count(*) FROM supervision_finding_entry e WHERE e.finding_id = f.id)::int AS entries,
         (SELECT count(*) FROM outbox_message o WHERE o.message_key = f.id::text)::int AS events
       FROM supervision_finding f WHERE f.id = $1`,
      [id],
    )) as unknown[];
    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase('appeal_supervision');
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
    as.supervisor = await authHeaderFor(seedUser('SUPERVISOR'));
    as.admin = await authHeaderFor(seedUser('ADMIN'));
    as.leader = await authHeaderFor(seedUser('LEADER'));
    as.staff = await authHeaderFor(seedUser('DEPARTMENT_STAFF'));
    as.otherStaff = await authHeaderFor(
      seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'MARKET_REGULATION'),
    );
    as.enterprise = await authHeaderFor(seedUser('ENTERPRISE'));
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('runs the whole life cycle: recorded, rectified, sent back, rectified again, struck off (对账销号)', async () => {
    const finding = await recorded();
    expect(finding).toMatchObject({
      departmentCode: 'URBAN_MANAGEMENT',
      status: 'OPEN',
      overdue: false,
      rectifyBy: later(7),
      recordedBy: 'SUPERVISOR:营商环境监督员 一号',
    });
    expect(seedUser('DEPARTMENT_STAFF').departmentCode).toBe('URBAN_MANAGEMENT');

    expect(
      await moved('startRectification', finding.id, as.staff, { note: '已安排专人值守' }),
    ).toMatchObject({ status: 'RECTIFYING' });
    expect(await moved('reportRectified', finding.id, as.staff)).toMatchObject({
      status: 'RECTIFIED',
    });
    const sentBack = await moved('rejectRectification', finding.id, as.supervisor, {
      note: '复查时仍有脱岗',
      rectifyBy: later(14),
    });
    expect(sentBack).toMatchObject({ status: 'RECTIFYING', rectifyBy: later(14) });
    expect(
      await moved('reportRectified', finding.id, as.staff, { note: '建立 AB 岗制度' }),
    ).toMatchObject({ status: 'RECTIFIED' });
    const verified = await moved('verifyFinding', finding.id, as.supervisor);
    expect(verified.status).toBe('VERIFIED');
    expect(verified.history).toEqual([
      {
        actor: 'SUPERVISOR:营商环境监督员 一号',
        fromStatus: null,
        toStatus: 'OPEN',
        note: expect.stringContaining('URBAN_MANAGEMENT'),
      },
      {
        actor: 'DEPARTMENT_STAFF:城管局 办件员',
        fromStatus: 'OPEN',
        toStatus: 'RECTIFYING',
        note: '已安排专人值守',
      },
      {
        actor: 'DEPARTMENT_STAFF:城管局 办件员',
        fromStatus: 'RECTIFYING',
        toStatus: 'RECTIFIED',
        note: '部门报告整改完成',
      },
      {
        actor: 'SUPERVISOR:营商环境监督员 一号',
        fromStatus: 'RECTIFIED',
        toStatus: 'RECTIFYING',
        note: `复查时仍有脱岗（新的整改期限 ${later(14)}）`,
      },
      {
        actor: 'DEPARTMENT_STAFF:城管局 办件员',
        fromStatus: 'RECTIFYING',
        toStatus: 'RECTIFIED',
        note: '建立 AB 岗制度',
      },
      {
        actor: 'SUPERVISOR:营商环境监督员 一号',
        fromStatus: 'RECTIFIED',
        toStatus: 'VERIFIED',
        note: '对账销号',
      },
    ]);

    const rows = (await dataSource.query(
      `SELECT topic, headers, payload FROM outbox_message WHERE message_key = $1 ORDER BY id`,
      [finding.id],
    )) as Array<{
      topic: string;
      headers: Record<string, string>;
      payload: string;
    }>;
    expect(rows.map((row) => row.topic)).toEqual(Array(6).fill('supervision.escalations'));
    const statuses = rows.map(
      (row) =>
        assertKnownEvent(
          fromKafkaRecord({ value: row.payload, headers: row.headers }),
          'supervisionFindingChanged',
        ).data.status,
    );
    expect(statuses).toEqual([
      'OPEN',
      'RECTIFYING',
      'RECTIFIED',
      'RECTIFYING',
      'RECTIFIED',
      'VERIFIED',
    ]);
  });

  it('answers CONFLICT with the current status to every move its status does not allow, and changes nothing', async () => {
    const finding = await recorded();
    const attempts: Array<[Move, Headers, string]> = [
      ['reportRectified', as.staff, 'OPEN'],
      ['verifyFinding', as.supervisor, 'OPEN'],
      ['rejectRectification', as.supervisor, 'OPEN'],
    ];
    const check = async (expectedStatus: string) => {
      for (const [name, headers, status] of attempts.filter(
        (attempt) => attempt[2] === expectedStatus,
      )) {
        const before = await rowOf(finding.id);
        const response = await move(name, finding.id, headers, { note: '试图越过状态' });
        expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status });
        expect(await rowOf(finding.id)).toEqual(before);
      }
    };
    await check('OPEN');
    await moved('startRectification', finding.id, as.staff);
    attempts.push(
      ['startRectification', as.staff, 'RECTIFYING'],
      ['verifyFinding', as.supervisor, 'RECTIFYING'],
      ['rejectRectification', as.supervisor, 'RECTIFYING'],
    );
    await check('RECTIFYING');
    await moved('reportRectified', finding.id, as.staff);
    attempts.push(
      ['startRectification', as.staff, 'RECTIFIED'],
      ['reportRectified', as.staff, 'RECTIFIED'],
    );
    await check('RECTIFIED');
    await moved('verifyFinding', finding.id, as.admin);
    attempts.push(
      ['startRectification', as.staff, 'VERIFIED'],
      ['reportRectified', as.staff, 'VERIFIED'],
      ['verifyFinding', as.supervisor, 'VERIFIED'],
      ['rejectRectification', as.supervisor, 'VERIFIED'],
    );
    await check('VERIFIED');
  });

  it('refuses the wrong caller: anonymous UNAUTHENTICATED, wrong role or department FORBIDDEN, changing nothing', async () => {
    const finding = await recorded();
    const input = {
      departmentCode: 'URBAN_MANAGEMENT',
      ruleCode: 'NO-02',
      title: '未经授权',
      description: '不应记录',
      rectifyBy: later(3),
    };
    expect((await record(input, as.anonymous)).body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    for (const headers of [as.staff, as.enterprise, as.leader])
      expect((await record(input, headers)).body.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
      });

    const refused: Array<[Move, Headers, string]> = [
      ['startRectification', as.anonymous, 'UNAUTHENTICATED'],
      ['startRectification', as.supervisor, 'FORBIDDEN'],
      ['startRectification', as.otherStaff, 'FORBIDDEN'],
      ['startRectification', as.enterprise, 'FORBIDDEN'],
      ['reportRectified', as.otherStaff, 'FORBIDDEN'],
      ['verifyFinding', as.staff, 'FORBIDDEN'],
      ['verifyFinding', as.leader, 'FORBIDDEN'],
      ['verifyFinding', as.anonymous, 'UNAUTHENTICATED'],
      ['rejectRectification', as.staff, 'FORBIDDEN'],
    ];
    const before = await rowOf(finding.id);
    for (const [name, headers, code] of refused) {
      const response = await move(name, finding.id, headers, { note: '越权' });
      expect({ name, extensions: response.body.errors?.[0]?.extensions }).toMatchObject({
        name,
        extensions: { code },
      });
    }
    expect(await rowOf(finding.id)).toEqual(before);

    const read = `query($id: ID!) { supervisionFinding(id: $id) { id } }`;
    expect(
      (await graphql(read, { id: finding.id }, as.anonymous)).body.errors?.[0]?.extensions,
    ).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(
      (await graphql(read, { id: finding.id }, as.otherStaff)).body.errors?.[0]?.extensions,
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      (await graphql(read, { id: finding.id }, as.enterprise)).body.errors?.[0]?.extensions,
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect((await graphql(read, { id: finding.id }, as.staff)).body.errors).toBeUndefined();
  });

  it('names the field of bad input and writes nothing', async () => {
    const [before] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM supervision_finding`,
    )) as Array<{ n: number }>;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ departmentCode: 'NO_SUCH_DEPARTMENT' }, 'departmentCode'],
      [{ ruleCode: 'NO-11' }, 'ruleCode'],
      [{ rectifyBy: later(-1) }, 'rectifyBy'],
      [{ foundAt: later(1), rectifyBy: later(7) }, 'foundAt'],
      [{ title: '   ' }, 'title'],
    ];
    for (const [overrides, field] of cases) {
      const response = await record({
        departmentCode: 'URBAN_MANAGEMENT',
        ruleCode: 'MUST-01',
        title: '问题',
        description: '描述',
        rectifyBy: later(7),
        ...overrides,
      });
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(response.body.errors?.[0])).toContain(field);
    }
    const [after] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM supervision_finding`,
    )) as Array<{ n: number }>;
    expect(after).toEqual(before);
    const missing = await graphql(
      `
        query {
          supervisionFinding(id: "00000000-0000-0000-0000-000000000000") {
            id
          }
        }
      `,
      {},
      as.supervisor,
    );
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists the ledger a page at a time with filters; department staff see their own department; histories in one batch', async () => {
    await recorded({
      departmentCode: 'MARKET_REGULATION',
      title: '市场监管 1',
      foundAt: later(-2),
    });
    await recorded({
      departmentCode: 'MARKET_REGULATION',
      title: '市场监管 2',
      foundAt: later(-1),
    });
    const list = `query($first: Int, $after: String, $departmentCode: String, $status: FindingStatus, $overdue: Boolean) {
      supervisionFindings(first: $first, after: $after, departmentCode: $departmentCode, status: $status, overdue: $overdue) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id title departmentCode status history { note } } } }`;
    type ListView = {
      supervisionFindings: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: FindingView[];
      };
    };
    const [{ n: all }] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM supervision_finding`,
    )) as [{ n: number }];

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { body: { data?: ListView | null } } = await graphql<ListView>(
        list,
        { first: 2, after },
        as.supervisor,
      );
      const connection = page.body.data?.supervisionFindings;
      expect(connection?.totalCount).toBe(all);
      seen.push(...(connection?.nodes.map((node) => node.id) ?? []));
      after = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(all);

    const market = await graphql<ListView>(
      list,
      { departmentCode: 'MARKET_REGULATION' },
      as.otherStaff,
    );
    expect(market.body.data?.supervisionFindings.nodes.map((node) => node.title)).toEqual([
      '市场监管 2',
      '市场监管 1',
    ]);
    const own = await graphql<ListView>(list, {}, as.staff);
    expect(
      own.body.data?.supervisionFindings.nodes.every(
        (node) => node.departmentCode === 'URBAN_MANAGEMENT',
      ),
    ).toBe(true);
    expect(
      (await graphql<ListView>(list, { departmentCode: 'MARKET_REGULATION' }, as.staff)).body
        .errors?.[0]?.extensions,
    ).toMatchObject({ code: 'FORBIDDEN' });
    const verified = await graphql<ListView>(list, { status: 'VERIFIED' }, as.leader);
    expect(verified.body.data?.supervisionFindings.nodes.length).toBeGreaterThanOrEqual(2);
    expect(
      verified.body.data?.supervisionFindings.nodes.every((node) => node.status === 'VERIFIED'),
    ).toBe(true);
    expect(
      (await graphql<ListView>(list, { overdue: true }, as.supervisor)).body.data
        ?.supervisionFindings.totalCount,
    ).toBe(0);

    statements.reset();
    await graphql(list, { first: 1 }, as.supervisor);
    const one = statements.total;
    statements.reset();
    await graphql(list, { first: 20 }, as.supervisor);
    expect(statements.total).toBe(one);
  });
});
