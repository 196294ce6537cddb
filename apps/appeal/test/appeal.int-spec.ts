import { ServiceMetrics } from '@erqi/shared/util-metrics';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createLogger } from '@erqi/shared/util-logging';
import {
  appealCategories,
  appeals,
  departmentByCode,
  enterpriseByName,
  gridCellByCode,
  gridCells,
} from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { AppealStatus, HandlingMode } from '../src/appeal/appeal.enums';
import { dueAtFor } from '../src/policy/deadline-policy';
import { loadWorkingCalendar } from '../src/calendar/load-working-calendar';
import { seedAppeal } from '../src/seed';
import { createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The seed runs "now" at this moment; submissions are stamped a little later, so they list first. */
const SEEDED_AT = new Date('2024-03-01T00:00:00.000Z');
const CLOCK = new Date('2024-03-01T01:30:00.000Z');

interface TimelineView {
  fromStatus: AppealStatus | null;
  toStatus: AppealStatus;
  actor: string;
  note: string;
  at: string;
}
interface AppealView {
  id: string;
  title: string;
  status: AppealStatus;
  handlingMode: HandlingMode;
  channel: string;
  submittedAt: string;
  dueAt: string;
  category: { code: string; name: string };
  enterprise: { id: string };
  gridCell: { id: string };
  leadDepartment: { id: string } | null;
  timeline: TimelineView[];
}
type Page = {
  nodes: AppealView[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};

const APPEAL_FIELDS = `id title status handlingMode channel submittedAt dueAt category { code name } enterprise { id } gridCell { id }
  leadDepartment { id } timeline { fromStatus toStatus actor note at }`;

const collective = enterpriseByName('河南八方顺亿实业有限公司');

/** Answer from the seed fixtures, as the enterprise, grid and volunteer subgraphs would. */
const directories = fixtureDirectories();
const { enterpriseDirectory, departmentDirectory, volunteerTeamDirectory } = directories;

describe('appeal subgraph on PostgreSQL', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  const metrics = new ServiceMetrics('appeal');
  const statements = metrics.statements;
  /** An admin sees every appeal; the grid worker of the BGM-E* cells files for the enterprises there. */
  let admin: Record<string, string>;
  let gridWorker: Record<string, string>;
  const graphql = <TData>(
    query: string,
    variables: Record<string, unknown> = {},
    headers?: Record<string, string>,
  ) => postGraphQL<TData>(subgraph.url, query, variables, headers ?? admin);

  const rowCounts = async (): Promise<{
    appeals: number;
    entries: number;
    dispatches: number;
    events: number;
  }> => {
    const [row] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM appeal.appeal)::int AS appeals, (SELECT count(*) FROM appeal.timeline_entry)::int AS entries,
        (SELECT count(*) FROM appeal.appeal_dispatch)::int AS dispatches, (SELECT count(*) FROM appeal.outbox_message)::int AS events`,
    )) as Array<{ appeals: number; entries: number; dispatches: number; events: number }>;
    return row ?? { appeals: -1, entries: -1, dispatches: -1, events: -1 };
  };

  /** What the database holds for a parent, newest first: the expectation for the contributed lists. */
  const appealIdsOf = async (
    column: 'enterprise_id' | 'grid_cell_id',
    parentId: string,
  ): Promise<string[]> => {
    const rows = (await dataSource.query(
      `SELECT id FROM appeal.appeal WHERE ${column} = $1 ORDER BY submitted_at DESC, id DESC`,
      [parentId],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  };

  const submit = (input: Record<string, unknown>) =>
    graphql<{ submitAppeal: AppealView }>(
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { ${APPEAL_FIELDS} } }`,
      { input },
      gridWorker,
    );

  const validInput = {
    enterpriseId: collective.id,
    title: '  集体企业新建仓库用电增容  ',
    description: '新建仓库需要增容到 400 千伏安，请协调供电部门。',
    category: 'CONSTRUCTION',
    channel: 'GRID_WORKER',
    handlingMode: 'JOINT',
  };

  beforeAll(async () => {
    admin = await authHeaderFor(seedUser('ADMIN'));
    gridWorker = await authHeaderFor(seedUser('GRID_WORKER'));
    database = await createTestDatabase('appeal');
    const definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        {
          metrics,
          clock: () => new Date(CLOCK),
          options: { enterpriseDirectory, departmentDirectory, volunteerTeamDirectory },
        },
      ),
    );
    dataSource = definition.dataSource;
    await seedAppeal(dataSource, SEEDED_AT);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('lists the appeal categories in the published order', async () => {
    const response = await graphql<{
      appealCategories: Array<{ code: string; name: string; volunteerEligible: boolean }>;
    }>('{ appealCategories { code name volunteerEligible } }');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.appealCategories).toEqual(
      appealCategories.map(({ code, name, volunteerEligible }) => ({
        code,
        name,
        volunteerEligible,
      })),
    );
  });

  it('seeds every status and every handling mode, each with a timeline along the closed loop', async () => {
    const response = await graphql<{ appeals: Page }>(
      `{ appeals(first: 100) { nodes { ${APPEAL_FIELDS} } totalCount } }`,
    );
    expect(response.body.errors).toBeUndefined();
    const nodes = response.body.data?.appeals.nodes ?? [];
    expect(response.body.data?.appeals.totalCount).toBe(appeals.length);
    expect(new Set(nodes.map((appeal) => appeal.status))).toEqual(
      new Set(Object.values(AppealStatus)),
    );
    expect(new Set(nodes.map((appeal) => appeal.handlingMode))).toEqual(
      new Set(Object.values(HandlingMode)),
    );
    for (const appeal of nodes) {
      const steps = appeal.timeline;
      expect(steps[0]).toMatchObject({ fromStatus: null, toStatus: AppealStatus.SUBMITTED });
      expect(steps[steps.length - 1]?.toStatus).toBe(appeal.status);
      steps.slice(1).forEach((step, index) => expect(step.fromStatus).toBe(steps[index]?.toStatus));
      expect(
        steps.every((step) => step.at >= appeal.submittedAt && new Date(step.at) <= SEEDED_AT),
      ).toBe(true);
      expect(appeal.leadDepartment === null).toBe(appeal.status === AppealStatus.SUBMITTED);
    }
    const reopened = nodes.find((appeal) => appeal.status === AppealStatus.REOPENED);
    expect(reopened?.timeline.map((step) => step.toStatus)).toEqual([
      'SUBMITTED',
      'ACCEPTED',
      'HANDLING',
      'RESOLVED',
      'EVALUATED',
      'REOPENED',
    ]);
    expect(reopened?.timeline[4]?.note).toContain('不满意');
  });

  it('gives a seeded appeal its category’s lead department and a deadline from its handling mode', async () => {
    const fixture = appeals.find((appeal) => appeal.title === '物业公司资质证书延续办理');
    const response = await graphql<{ appeal: AppealView }>(
      `query($id: ID!) { appeal(id: $id) { ${APPEAL_FIELDS} } }`,
      { id: fixture?.id },
    );
    expect(response.body.errors).toBeUndefined();
    const appeal = response.body.data?.appeal;
    expect(appeal).toMatchObject({
      status: 'HANDLING',
      handlingMode: 'URGENT',
      channel: 'ENTERPRISE_APP',
      category: { code: 'LICENSING', name: '证照办理' },
      enterprise: { id: fixture?.enterpriseId },
      gridCell: { id: fixture?.gridCellId },
      leadDepartment: { id: departmentByCode('ADMINISTRATIVE_APPROVAL').id },
    });
    // Eight working hours (URGENT), in the working calendar of the calendar_day table.
    const calendar = await loadWorkingCalendar(dataSource);
    expect(appeal?.dueAt).toBe(
      dueAtFor(HandlingMode.URGENT, new Date(appeal?.submittedAt ?? 0), calendar).toISOString(),
    );
    expect(
      new Date(appeal?.dueAt ?? 0).getTime() - new Date(appeal?.submittedAt ?? 0).getTime(),
    ).toBeGreaterThanOrEqual(8 * 60 * 60 * 1000);
  });

  it('filters appeals and pages through them newest first', async () => {
    const closed = appeals
      .filter((appeal) => appeal.status === 'CLOSED')
      .sort((a, b) => a.submittedDaysAgo - b.submittedDaysAgo);
    const query = `query($after: String) { appeals(status: CLOSED, first: 2, after: $after) { nodes { id title submittedAt } totalCount pageInfo { endCursor hasNextPage } } }`;
    const first = await graphql<{ appeals: Page }>(query);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.appeals.totalCount).toBe(closed.length);
    expect(first.body.data?.appeals.nodes.map((appeal) => appeal.title)).toEqual(
      closed.slice(0, 2).map((appeal) => appeal.title),
    );
    expect(first.body.data?.appeals.pageInfo.hasNextPage).toBe(true);

    const next = await graphql<{ appeals: Page }>(query, {
      after: first.body.data?.appeals.pageInfo.endCursor,
    });
    expect(next.body.data?.appeals.nodes.map((appeal) => appeal.title)).toEqual(
      closed.slice(2).map((appeal) => appeal.title),
    );
    expect(next.body.data?.appeals.pageInfo.hasNextPage).toBe(false);

    const combined = await graphql<{ appeals: Page }>(
      `
        query ($enterpriseId: ID, $gridCellId: ID) {
          byEnterprise: appeals(enterpriseId: $enterpriseId) {
            totalCount
          }
          byCell: appeals(gridCellId: $gridCellId, handlingMode: TRACKED, channel: GRID_WORKER) {
            nodes {
              title
            }
            totalCount
          }
        }
      `,
      { enterpriseId: collective.id, gridCellId: gridCellByCode('BGM-E03').id },
    );
    expect(combined.body.errors).toBeUndefined();
    expect(combined.body.data).toEqual({
      byEnterprise: {
        totalCount: appeals.filter((appeal) => appeal.enterpriseId === collective.id).length,
      },
      byCell: { nodes: [{ title: '龙年灯会客流高峰志愿引导' }], totalCount: 1 },
    });
  });

  it('rejects a cursor it did not give out and a filter id that cannot be one', async () => {
    const cursor = await graphql(`
      {
        appeals(after: "nonsense") {
          totalCount
        }
      }
    `);
    expect(cursor.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const filter = await graphql(`
      {
        appeals(enterpriseId: "42") {
          totalCount
        }
      }
    `);
    expect(filter.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'enterpriseId',
    });
  });

  it('answers NOT_FOUND on the id argument for an appeal that does not exist', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await graphql(
        `
          query ($id: ID!) {
            appeal(id: $id) {
              title
            }
          }
        `,
        { id },
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
    }
  });

  it('submits an appeal: SUBMITTED, due by its handling mode, in the enterprise’s grid cell, dispatched to its lead department', async () => {
    const before = await rowCounts();
    const response = await submit(validInput);
    expect(response.body.errors).toBeUndefined();
    const appeal = response.body.data?.submitAppeal;
    expect(appeal).toMatchObject({
      title: '集体企业新建仓库用电增容',
      status: 'SUBMITTED',
      handlingMode: 'JOINT',
      channel: 'GRID_WORKER',
      submittedAt: CLOCK.toISOString(),
      // Friday 09:30 in Zhengzhou + 5 working days (JOINT): the next Friday 09:30.
      dueAt: '2024-03-08T01:30:00.000Z',
      category: { code: 'CONSTRUCTION' },
      enterprise: { id: collective.id },
      gridCell: { id: collective.gridCellId },
      leadDepartment: { id: departmentByCode('HOUSING_CONSTRUCTION').id },
    });
    expect(appeal?.timeline).toEqual([
      {
        fromStatus: null,
        toStatus: 'SUBMITTED',
        actor: `GRID_WORKER:${seedUser('GRID_WORKER').name}`,
        note: expect.stringContaining('GRID_WORKER'),
        at: CLOCK.toISOString(),
      },
      {
        fromStatus: 'SUBMITTED',
        toStatus: 'SUBMITTED',
        actor: 'system',
        note: '派发: dispatched to HOUSING_CONSTRUCTION (lead)',
        at: CLOCK.toISOString(),
      },
    ]);
    // CONSTRUCTION is not volunteer-eligible: one dispatch, and its event on two topics beside the submission's.
    expect(await rowCounts()).toEqual({
      appeals: before.appeals + 1,
      entries: before.entries + 2,
      dispatches: before.dispatches + 1,
      events: before.events + 3,
    });

    const listed = await graphql<{ appeals: Page }>(`
      {
        appeals(first: 1) {
          nodes {
            id
          }
        }
      }
    `);
    expect(listed.body.data?.appeals.nodes[0]?.id).toBe(appeal?.id);
  });

  it.each([
    ['an empty title', { title: '' }, 'BAD_USER_INPUT', 'title'],
    ['a title of spaces only', { title: ' \t ' }, 'BAD_USER_INPUT', 'title'],
    ['a title over 200 characters', { title: '诉'.repeat(201) }, 'BAD_USER_INPUT', 'title'],
    ['an empty description', { description: '  ' }, 'BAD_USER_INPUT', 'description'],
    ['an unknown category', { category: 'PARKING' }, 'BAD_USER_INPUT', 'category'],
    [
      'an enterprise not (yet) in the local copy',
      { enterpriseId: '00000000-0000-4000-8000-000000000000' },
      'NOT_YET_KNOWN',
      'enterpriseId',
    ],
    [
      'an enterprise id that is not one',
      { enterpriseId: 'acme' },
      'BAD_USER_INPUT',
      'enterpriseId',
    ],
    // Issue 9, attacks 6 and 8: a NUL reached PostgreSQL (INTERNAL_SERVER_ERROR); an invisible title was filed.
    ['a NUL in the title', { title: '路灯\u0000坏了' }, 'BAD_USER_INPUT', 'title'],
    [
      'a NUL in the description',
      { description: '晚班\u0000无照明' },
      'BAD_USER_INPUT',
      'description',
    ],
    [
      'an escape sequence in the description',
      { description: '\u001b[2J清屏' },
      'BAD_USER_INPUT',
      'description',
    ],
    ['a title of one zero-width space', { title: '\u200B' }, 'BAD_USER_INPUT', 'title'],
    [
      'a title of invisible characters',
      { title: '\u2060\u00AD\u200E\u3000' },
      'BAD_USER_INPUT',
      'title',
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_case, change, code, field) => {
    const before = await rowCounts();
    const response = await submit({ ...validInput, ...change });
    expect(response.body.data).toBeNull();
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(await rowCounts()).toEqual(before);
  });

  it('explains how to find the categories without listing them', async () => {
    const response = await submit({ ...validInput, category: 'PARKING' });
    expect(response.body.errors?.[0]?.message).toContain('appealCategories');
    expect(response.body.errors?.[0]?.message).not.toContain('LICENSING');
  });

  it('leaves enum values to GraphQL itself, and writes nothing', async () => {
    const before = await rowCounts();
    const response = await submit({ ...validInput, handlingMode: 'WHENEVER' });
    expect(response.body.errors?.[0]?.message).toContain('HandlingMode');
    expect(response.body.data).toBeUndefined();
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses to rewrite the append-only timeline', async () => {
    await expect(
      dataSource.query(`UPDATE appeal.timeline_entry SET note = 'rewritten'`),
    ).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM appeal.timeline_entry`)).rejects.toThrow(
      /append-only/,
    );
  });

  describe('lists contributed to other subgraphs’ entities', () => {
    const entities = async (typename: string, ids: string[], selection: string) => {
      statements.reset();
      const response = await graphql<{ _entities: Array<{ id: string; appeals: AppealView[] }> }>(
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { id ${selection} } } }`,
        { representations: ids.map((id) => ({ __typename: typename, id })) },
        { ...(await serviceHeaders()), ...admin },
      );
      expect(response.body.errors).toBeUndefined();
      return { entities: response.body.data?._entities ?? [], count: statements.total };
    };
    const withAppeals = [...new Set(appeals.map((appeal) => appeal.enterpriseId))];

    it('loads Enterprise.appeals with their timelines in the same number of statements for 2 parents as for 6', async () => {
      const selection = 'appeals { id timeline { toStatus } }';
      const two = await entities('Enterprise', withAppeals.slice(0, 2), selection);
      const six = await entities('Enterprise', withAppeals.slice(0, 6), selection);
      expect(six.entities).toHaveLength(6);
      for (const enterprise of six.entities) {
        expect(enterprise.appeals.map((appeal) => appeal.id)).toEqual(
          await appealIdsOf('enterprise_id', enterprise.id),
        );
        enterprise.appeals.forEach((appeal) => expect(appeal.timeline.length).toBeGreaterThan(0));
      }
      expect(six.count).toBe(two.count);
      expect(six.count).toBeLessThanOrEqual(2);
    });

    it('loads GridCell.appeals the same way, newest first, capped by `first` per cell', async () => {
      const selection = 'appeals(first: 2) { id timeline { toStatus } }';
      const two = await entities(
        'GridCell',
        [gridCellByCode('BGM-E01').id, gridCellByCode('BGM-E02').id],
        selection,
      );
      const six = await entities(
        'GridCell',
        gridCells.map((cell) => cell.id),
        selection,
      );
      expect(six.count).toBe(two.count);
      expect(six.entities).toHaveLength(gridCells.length);
      for (const cell of six.entities) {
        expect(cell.appeals.map((appeal) => appeal.id)).toEqual(
          (await appealIdsOf('grid_cell_id', cell.id)).slice(0, 2),
        );
      }
      expect(
        six.entities.filter((cell) => cell.appeals.length === 2).length,
      ).toBeGreaterThanOrEqual(3);
    });

    it('loads Department.appeals for the departments that lead them', async () => {
      const development = departmentByCode('DEVELOPMENT_REFORM').id;
      const { entities: found } = await entities(
        'Department',
        [development, departmentByCode('TAXATION').id],
        'appeals { title leadDepartment { id } }',
      );
      expect(found[0]?.appeals.map((appeal) => appeal.title).sort()).toEqual(
        ['建材企业政银企贷款对接', '申报2024年惠企稳岗补贴'].sort(),
      );
      expect(found[0]?.appeals.every((appeal) => appeal.leadDepartment?.id === development)).toBe(
        true,
      );
      expect(found[1]?.appeals.map((appeal) => appeal.title)).toEqual(['跨年度增值税留抵退税办理']);
    });

    it('refuses more than 100 appeals per parent', async () => {
      const response = await graphql(
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Enterprise {
                appeals(first: 101) {
                  id
                }
              }
            }
          }
        `,
        {
          r: [{ __typename: 'Enterprise', id: collective.id }],
        },
        { ...(await serviceHeaders()), ...admin },
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    });

    it('resolves Appeal references in one batch, null for unknown ids', async () => {
      statements.reset();
      const response = await graphql<{ _entities: Array<{ title: string } | null> }>(
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Appeal {
                title
              }
            }
          }
        `,
        {
          r: [
            ...appeals.slice(0, 3).map((appeal) => ({ __typename: 'Appeal', id: appeal.id })),
            { __typename: 'Appeal', id: 'missing' },
          ],
        },
        { ...(await serviceHeaders()), ...admin },
      );
      expect(response.body.data?._entities).toEqual([
        ...appeals.slice(0, 3).map((appeal) => ({ title: appeal.title })),
        null,
      ]);
      expect(statements.total).toBe(1);
    });
  });

  it('seeds idempotently, leaving submitted and moved-on appeals alone', async () => {
    const before = await rowCounts();
    const { dataSource: again } = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { options: { enterpriseDirectory, departmentDirectory, volunteerTeamDirectory } },
      ),
    );
    try {
      expect(await seedAppeal(again, new Date(SEEDED_AT.getTime() + 7 * DAY_MS))).toEqual({
        inserted: 0,
      });
      expect(await rowCounts()).toEqual(before);
      expect(await again.query('SELECT count(*)::int AS n FROM appeal.appeal_category')).toEqual([
        { n: appealCategories.length },
      ]);
      const [first] = (await again.query('SELECT submitted_at FROM appeal.appeal WHERE id = $1', [
        appeals[0]?.id,
      ])) as Array<{ submitted_at: Date }>;
      expect(first?.submitted_at.toISOString()).toBe(SEEDED_AT.toISOString());
    } finally {
      await again.destroy();
    }
  });
});
