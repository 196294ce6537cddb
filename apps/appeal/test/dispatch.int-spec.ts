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
import {
  departmentByCode,
  enterpriseByName,
  gridCellByCode,
  volunteerTeams,
} from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { seedAppeal } from '../src/seed';
import { createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';

const SEEDED_AT = new Date('2024-03-01T00:00:00.000Z');
const HOUR_MS = 60 * 60 * 1000;

interface DispatchView {
  targetKind: 'DEPARTMENT' | 'VOLUNTEER_TEAM';
  targetCode: string;
  role: 'LEAD' | 'ASSISTING' | 'VOLUNTEER';
  dispatchedAt: string;
  acknowledgeBy: string | null;
  acknowledgedAt: string | null;
  department: { id: string } | null;
  volunteerTeam: { id: string } | null;
}
interface AppealView {
  id: string;
  status: string;
  leadDepartment: { id: string } | null;
  timeline: Array<{
    actor: string;
    note: string;
    fromStatus: string | null;
    toStatus: string;
    at: string;
  }>;
  dispatches: DispatchView[];
}
interface RuleView {
  id: string;
  category: { code: string };
  gridCell: { id: string } | null;
  leadDepartment: { id: string };
  leadDepartmentCode: string;
  assistingDepartments: Array<{ id: string }>;
  assistingDepartmentCodes: string[];
  priority: number;
}
interface OutboxRow {
  event_id: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  payload: string;
  sent_at: Date | null;
}

const APPEAL_FIELDS = `id status leadDepartment { id } timeline { actor note fromStatus toStatus at }
  dispatches { targetKind targetCode role dispatchedAt acknowledgeBy acknowledgedAt department { id } volunteerTeam { id } }`;
const RULE_FIELDS = `id category { code } gridCell { id } leadDepartment { id } leadDepartmentCode assistingDepartments { id } assistingDepartmentCodes priority`;

/** In BGM-E03, which the lantern-festival crew covers. */
const waterTown = enterpriseByName('郑州贾鲁水镇文化旅游有限公司');
/** In BGM-E01, which the alliance's youth team covers. */
const collective = enterpriseByName('河南八方顺亿实业有限公司');
const crew = volunteerTeams.find((team) => team.code === 'BAGUAMIAO_CREW');

describe('dispatching appeals (派单) and reporting in (报到)', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  const metrics = new ServiceMetrics('appeal');
  const statements = metrics.statements;
  const directories = fixtureDirectories();
  let now = new Date('2024-03-01T02:00:00.000Z');

  /** An admin files, reports in and keeps the rules here; who else may is appeal-access.int-spec's business. */
  let admin: Record<string, string>;
  const graphql = <TData>(
    query: string,
    variables: Record<string, unknown> = {},
    headers?: Record<string, string>,
  ) => postGraphQL<TData>(subgraph.url, query, variables, headers ?? admin);

  const submit = async (enterpriseId: string, category: string, handlingMode = 'JOINT') =>
    graphql<{ submitAppeal: AppealView }>(
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { ${APPEAL_FIELDS} } }`,
      {
        input: {
          enterpriseId,
          title: `${category} 诉求`,
          description: '企业门前的问题，需要有关部门处理。',
          category,
          channel: 'ENTERPRISE_APP',
          handlingMode,
        },
      },
    );

  const submitted = async (
    enterpriseId: string,
    category: string,
    handlingMode?: string,
  ): Promise<AppealView> => {
    const response = await submit(enterpriseId, category, handlingMode);
    expect(response.body.errors).toBeUndefined();
    const appeal = response.body.data?.submitAppeal;
    if (!appeal) throw new TypeError('submitAppeal answered no appeal');
    return appeal;
  };

  const acknowledge = (appealId: string, departmentCode: string) =>
    graphql<{ acknowledgeDispatch: AppealView }>(
      `mutation($appealId: ID!, $departmentCode: String!) { acknowledgeDispatch(appealId: $appealId, departmentCode: $departmentCode) { ${APPEAL_FIELDS} } }`,
      { appealId, departmentCode },
    );

  const createRule = (input: Record<string, unknown>) =>
    graphql<{ createDispatchRule: RuleView }>(
      `mutation($input: CreateDispatchRuleInput!) { createDispatchRule(input: $input) { ${RULE_FIELDS} } }`,
      { input },
    );

  const outboxOf = async (appealId: string): Promise<OutboxRow[]> =>
    (await dataSource.query(
      'SELECT event_id, topic, message_key, headers, payload, sent_at FROM appeal.outbox_message WHERE message_key = $1 ORDER BY id',
      [appealId],
    )) as OutboxRow[];

  const rowCounts = async (): Promise<Record<string, number>> => {
    const [row] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM appeal.appeal)::int AS appeals, (SELECT count(*) FROM appeal.timeline_entry)::int AS entries,
        (SELECT count(*) FROM appeal.appeal_dispatch)::int AS dispatches,
        (SELECT count(*) FROM appeal.appeal_dispatch WHERE acknowledged_at IS NOT NULL)::int AS acknowledged,
        (SELECT count(*) FROM appeal.outbox_message)::int AS events, (SELECT count(*) FROM appeal.dispatch_rule)::int AS rules,
        (SELECT coalesce(sum(hashtext(dispatch_rule::text)), 0)::bigint::text AS rules_digest FROM appeal.dispatch_rule) AS rules_digest`,
    )) as Array<Record<string, number>>;
    return row ?? {};
  };

  beforeAll(async () => {
    admin = await authHeaderFor(seedUser('ADMIN'));
    database = await createTestDatabase('appeal_dispatch');
    const definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { metrics, clock: () => new Date(now), options: directories },
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

  describe('on submission', () => {
    it('dispatches to the lead, the assisting departments and the cell’s volunteer team, and records each', async () => {
      const appeal = await submitted(waterTown.id, 'SURROUNDINGS');
      const urban = departmentByCode('URBAN_MANAGEMENT');
      const housing = departmentByCode('HOUSING_CONSTRUCTION');
      // A JOINT case: 4 working hours to report in, from Friday 10:00 in Shanghai to 14:00 the same day.
      expect(now.toISOString()).toBe('2024-03-01T02:00:00.000Z');
      const acknowledgeBy = '2024-03-01T06:00:00.000Z';
      expect(appeal.leadDepartment).toEqual({ id: urban.id });
      expect(appeal.dispatches).toEqual([
        {
          targetKind: 'DEPARTMENT',
          targetCode: 'URBAN_MANAGEMENT',
          role: 'LEAD',
          dispatchedAt: now.toISOString(),
          acknowledgeBy,
          acknowledgedAt: null,
          department: { id: urban.id },
          volunteerTeam: null,
        },
        {
          targetKind: 'DEPARTMENT',
          targetCode: 'HOUSING_CONSTRUCTION',
          role: 'ASSISTING',
          dispatchedAt: now.toISOString(),
          acknowledgeBy,
          acknowledgedAt: null,
          department: { id: housing.id },
          volunteerTeam: null,
        },
        {
          targetKind: 'VOLUNTEER_TEAM',
          targetCode: 'BAGUAMIAO_CREW',
          role: 'VOLUNTEER',
          dispatchedAt: now.toISOString(),
          acknowledgeBy: null,
          acknowledgedAt: null,
          department: null,
          volunteerTeam: { id: crew?.id },
        },
      ]);
      expect(appeal.timeline.map(({ actor, note }) => ({ actor, note }))).toEqual([
        {
          actor: `ADMIN:${seedUser('ADMIN').name}`,
          note: expect.stringContaining('ENTERPRISE_APP'),
        },
        {
          actor: 'system',
          note: '派发: dispatched to URBAN_MANAGEMENT (lead), HOUSING_CONSTRUCTION (assisting), BAGUAMIAO_CREW (volunteer team)',
        },
      ]);
    });

    it('writes the events to the outbox in the same transaction: one submitted, each dispatch on its own topic and the lifecycle, all keyed by the appeal', async () => {
      const appeal = await submitted(waterTown.id, 'SURROUNDINGS');
      const rows = await outboxOf(appeal.id);
      expect(rows.map((row) => [row.topic, row.headers['ce_type']])).toEqual([
        ['appeal.lifecycle', 'cn.erqi.appeal.submitted'],
        ['dispatch.department.URBAN_MANAGEMENT', 'cn.erqi.appeal.dispatched'],
        ['appeal.lifecycle', 'cn.erqi.appeal.dispatched'],
        ['dispatch.department.HOUSING_CONSTRUCTION', 'cn.erqi.appeal.dispatched'],
        ['appeal.lifecycle', 'cn.erqi.appeal.dispatched'],
        ['dispatch.volunteer-team.BAGUAMIAO_CREW', 'cn.erqi.appeal.dispatched'],
        ['appeal.lifecycle', 'cn.erqi.appeal.dispatched'],
      ]);
      // No broker in this test: nothing is published, every row waits.
      expect(rows.every((row) => row.message_key === appeal.id && row.sent_at === null)).toBe(true);
      for (const row of rows) {
        expect(row.headers).toMatchObject({
          ce_specversion: '1.0',
          ce_source: '/erqi/appeal',
          ce_subject: appeal.id,
          ce_time: now.toISOString(),
          'content-type': 'application/json',
        });
        const event = fromKafkaRecord({ value: row.payload, headers: row.headers });
        assertKnownEvent(
          event,
          event.type === 'cn.erqi.appeal.submitted' ? 'appealSubmitted' : 'appealDispatched',
        );
      }
      // A dispatch is one event: the same id on the target's topic and on the lifecycle.
      const dispatched = rows.slice(1);
      for (let i = 0; i < dispatched.length; i += 2)
        expect(dispatched[i]?.event_id).toBe(dispatched[i + 1]?.event_id);
      expect(new Set(rows.map((row) => row.event_id)).size).toBe(4);
      const team = JSON.parse(rows[5]?.payload ?? '{}') as Record<string, unknown>;
      expect(team).toMatchObject({
        appealId: appeal.id,
        role: 'VOLUNTEER',
        acknowledgeBy: null,
        target: { kind: 'VOLUNTEER_TEAM', id: crew?.id, code: 'BAGUAMIAO_CREW' },
      });
    });

    it('dispatches no team for a category that is not volunteer-eligible', async () => {
      const appeal = await submitted(waterTown.id, 'LICENSING', 'URGENT');
      expect(appeal.dispatches.map((dispatch) => [dispatch.targetCode, dispatch.role])).toEqual([
        ['ADMINISTRATIVE_APPROVAL', 'LEAD'],
      ]);
    });

    it('loads Appeal.dispatches in one batch for a whole page', async () => {
      const query = (first: number) =>
        `{ appeals(first: ${first}) { nodes { dispatches { targetCode } } } }`;
      statements.reset();
      expect((await graphql(query(2))).body.errors).toBeUndefined();
      const two = statements.total;
      statements.reset();
      const response = await graphql<{ appeals: { nodes: Array<{ dispatches: unknown[] }> } }>(
        query(20),
      );
      expect(
        response.body.data?.appeals.nodes.filter((node) => node.dispatches.length > 0).length,
      ).toBeGreaterThanOrEqual(3);
      expect(statements.total).toBe(two);
    });
  });

  describe('rule precedence', () => {
    it('takes the cell’s own rule over the category’s, the higher priority among equals, and falls back to the default department', async () => {
      const cell = waterTown.gridCellId;
      const local = await createRule({
        category: 'SURROUNDINGS',
        gridCellId: cell,
        leadDepartmentCode: 'MARKET_REGULATION',
        assistingDepartmentCodes: ['URBAN_MANAGEMENT'],
      });
      expect(local.body.errors).toBeUndefined();
      const wide = await createRule({
        category: 'SURROUNDINGS',
        leadDepartmentCode: 'ECOLOGY_ENVIRONMENT',
        priority: 50,
      });
      expect(wide.body.errors).toBeUndefined();

      // The cell's rule beats a category-wide rule of any priority...
      const inCell = await submitted(waterTown.id, 'SURROUNDINGS');
      expect(inCell.dispatches.map((dispatch) => [dispatch.targetCode, dispatch.role])).toEqual([
        ['MARKET_REGULATION', 'LEAD'],
        ['URBAN_MANAGEMENT', 'ASSISTING'],
        ['BAGUAMIAO_CREW', 'VOLUNTEER'],
      ]);
      // ...which, elsewhere, beats the seeded rule of priority 0.
      const elsewhere = await submitted(collective.id, 'SURROUNDINGS');
      expect(elsewhere.dispatches.map((dispatch) => [dispatch.targetCode, dispatch.role])).toEqual([
        ['ECOLOGY_ENVIRONMENT', 'LEAD'],
        ['ALLIANCE_YOUTH', 'VOLUNTEER'],
      ]);

      // Among the cell's rules, the higher priority wins.
      const urgent = await createRule({
        category: 'SURROUNDINGS',
        gridCellId: cell,
        leadDepartmentCode: 'EMERGENCY_MANAGEMENT',
        priority: 1,
      });
      expect((await submitted(waterTown.id, 'SURROUNDINGS')).leadDepartment).toEqual({
        id: departmentByCode('EMERGENCY_MANAGEMENT').id,
      });

      for (const rule of [local, wide, urgent]) {
        const id = rule.body.data?.createDispatchRule.id;
        expect(
          (
            await graphql(
              `
                mutation ($id: ID!) {
                  deleteDispatchRule(id: $id) {
                    id
                  }
                }
              `,
              { id },
            )
          ).body.errors,
        ).toBeUndefined();
      }
      expect((await submitted(waterTown.id, 'SURROUNDINGS')).leadDepartment).toEqual({
        id: departmentByCode('URBAN_MANAGEMENT').id,
      });
    });

    it('with no rule at all, the category’s default department leads alone', async () => {
      const rules = await graphql<{ dispatchRules: { nodes: Array<{ id: string }> } }>(`
        {
          dispatchRules(category: "OTHER") {
            nodes {
              id
            }
          }
        }
      `);
      for (const { id } of rules.body.data?.dispatchRules.nodes ?? [])
        await graphql(
          `
            mutation ($id: ID!) {
              deleteDispatchRule(id: $id) {
                id
              }
            }
          `,
          { id },
        );
      const appeal = await submitted(waterTown.id, 'OTHER', 'TRACKED');
      expect(appeal.dispatches.map((dispatch) => [dispatch.targetCode, dispatch.role])).toEqual([
        ['HOUZHAI_STREET_OFFICE', 'LEAD'],
      ]);
      expect(appeal.leadDepartment).toEqual({ id: departmentByCode('HOUZHAI_STREET_OFFICE').id });
    });
  });

  describe('admin rule mutations', () => {
    it('lists the seeded rules a page at a time, with department codes and references', async () => {
      const first = await graphql<{
        dispatchRules: {
          nodes: RuleView[];
          totalCount: number;
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      }>(
        `{ dispatchRules(first: 5) { nodes { ${RULE_FIELDS} } totalCount pageInfo { endCursor hasNextPage } } }`,
      );
      expect(first.body.errors).toBeUndefined();
      const page = first.body.data?.dispatchRules;
      expect(page?.nodes).toHaveLength(5);
      expect(page?.pageInfo.hasNextPage).toBe(true);
      const rest = await graphql<{ dispatchRules: { nodes: RuleView[] } }>(
        `
          query ($after: String) {
            dispatchRules(first: 100, after: $after) {
              nodes {
                id
              }
            }
          }
        `,
        {
          after: page?.pageInfo.endCursor,
        },
      );
      expect((page?.nodes.length ?? 0) + (rest.body.data?.dispatchRules.nodes.length ?? 0)).toBe(
        page?.totalCount,
      );

      const event = await graphql<{ dispatchRules: { nodes: RuleView[] } }>(
        `{ dispatchRules(category: "EVENT_SUPPORT") { nodes { ${RULE_FIELDS} } } }`,
      );
      expect(event.body.data?.dispatchRules.nodes).toEqual([
        {
          id: expect.any(String),
          category: { code: 'EVENT_SUPPORT' },
          gridCell: null,
          leadDepartment: { id: departmentByCode('CULTURE_TOURISM').id },
          leadDepartmentCode: 'CULTURE_TOURISM',
          assistingDepartments: [
            { id: departmentByCode('EMERGENCY_MANAGEMENT').id },
            { id: departmentByCode('HOUZHAI_STREET_OFFICE').id },
          ],
          assistingDepartmentCodes: ['EMERGENCY_MANAGEMENT', 'HOUZHAI_STREET_OFFICE'],
          priority: 0,
        },
      ]);
    });

    it('creates, updates and deletes a rule', async () => {
      const cell = gridCellByCode('BGM-E02').id;
      const created = await createRule({
        category: 'EMPLOYMENT',
        gridCellId: cell,
        leadDepartmentCode: 'HUMAN_RESOURCES',
        assistingDepartmentCodes: ['HOUZHAI_STREET_OFFICE'],
      });
      expect(created.body.errors).toBeUndefined();
      const rule = created.body.data?.createDispatchRule;
      expect(rule).toMatchObject({
        gridCell: { id: cell },
        leadDepartmentCode: 'HUMAN_RESOURCES',
        assistingDepartmentCodes: ['HOUZHAI_STREET_OFFICE'],
        priority: 0,
      });

      const updated = await graphql<{ updateDispatchRule: RuleView }>(
        `mutation($id: ID!, $input: UpdateDispatchRuleInput!) { updateDispatchRule(id: $id, input: $input) { ${RULE_FIELDS} } }`,
        {
          id: rule?.id,
          input: {
            gridCellId: null,
            assistingDepartmentCodes: ['TAXATION', 'MARKET_REGULATION'],
            priority: 3,
          },
        },
      );
      expect(updated.body.errors).toBeUndefined();
      expect(updated.body.data?.updateDispatchRule).toMatchObject({
        gridCell: null,
        leadDepartmentCode: 'HUMAN_RESOURCES',
        assistingDepartments: [
          { id: departmentByCode('TAXATION').id },
          { id: departmentByCode('MARKET_REGULATION').id },
        ],
        assistingDepartmentCodes: ['TAXATION', 'MARKET_REGULATION'],
        priority: 3,
      });

      const deleted = await graphql<{ deleteDispatchRule: RuleView }>(
        `
          mutation ($id: ID!) {
            deleteDispatchRule(id: $id) {
              id
              priority
            }
          }
        `,
        { id: rule?.id },
      );
      expect(deleted.body.data?.deleteDispatchRule).toEqual({ id: rule?.id, priority: 3 });
      const again = await graphql(
        `
          mutation ($id: ID!) {
            deleteDispatchRule(id: $id) {
              id
            }
          }
        `,
        { id: rule?.id },
      );
      expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it.each([
      ['an unknown category', { category: 'PARKING' }, 'BAD_USER_INPUT', 'category'],
      [
        'an unknown lead department',
        { leadDepartmentCode: 'PARKING_BUREAU' },
        'BAD_USER_INPUT',
        'leadDepartmentCode',
      ],
      [
        'an unknown assisting department',
        { assistingDepartmentCodes: ['TAXATION', 'PARKING_BUREAU'] },
        'BAD_USER_INPUT',
        'assistingDepartmentCodes',
      ],
      [
        'a department code that cannot be one',
        { leadDepartmentCode: 'urban management' },
        'BAD_USER_INPUT',
        'leadDepartmentCode',
      ],
      [
        'an assisting department named twice',
        { assistingDepartmentCodes: ['TAXATION', 'TAXATION'] },
        'BAD_USER_INPUT',
        'assistingDepartmentCodes',
      ],
      [
        'the lead among the assisting',
        { assistingDepartmentCodes: ['URBAN_MANAGEMENT'] },
        'BAD_USER_INPUT',
        'assistingDepartmentCodes',
      ],
      [
        'a grid cell id that cannot be one',
        { gridCellId: 'BGM-E01' },
        'BAD_USER_INPUT',
        'gridCellId',
      ],
      ['a priority out of range', { priority: 5000 }, 'BAD_USER_INPUT', 'priority'],
      ['the scope and priority of an existing rule', {}, 'CONFLICT', 'priority'],
    ])('refuses %s, naming the field, and writes nothing', async (_case, change, code, field) => {
      const before = await rowCounts();
      const response = await createRule({
        category: 'SNOW_AND_ICE',
        leadDepartmentCode: 'URBAN_MANAGEMENT',
        ...change,
      });
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses bad updates the same way, and an unknown rule with NOT_FOUND', async () => {
      const rules = await graphql<{ dispatchRules: { nodes: Array<{ id: string }> } }>(`
        {
          dispatchRules(category: "TAXATION") {
            nodes {
              id
            }
          }
        }
      `);
      const id = rules.body.data?.dispatchRules.nodes[0]?.id;
      const update = (ruleId: unknown, input: Record<string, unknown>) =>
        graphql(
          `
            mutation ($id: ID!, $input: UpdateDispatchRuleInput!) {
              updateDispatchRule(id: $id, input: $input) {
                id
              }
            }
          `,
          { id: ruleId, input },
        );
      const before = await rowCounts();
      expect(
        (await update(id, { leadDepartmentCode: 'NOBODY' })).body.errors?.[0]?.extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leadDepartmentCode' });
      expect(
        (await update(id, { category: 'PARKING' })).body.errors?.[0]?.extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
      for (const unknown of ['00000000-0000-4000-8000-000000000000', 'rule-1']) {
        expect((await update(unknown, { priority: 1 })).body.errors?.[0]?.extensions).toMatchObject(
          { code: 'NOT_FOUND', field: 'id' },
        );
      }
      expect(await rowCounts()).toEqual(before);
    });
  });

  describe('acknowledgeDispatch (报到)', () => {
    let appeal: AppealView;
    beforeAll(async () => {
      appeal = await submitted(waterTown.id, 'EVENT_SUPPORT');
    });

    it('marks the dispatch, appends a timeline entry and enqueues cn.erqi.appeal.acknowledged', async () => {
      now = new Date(now.getTime() + HOUR_MS);
      const eventsBefore = (await outboxOf(appeal.id)).length;
      const response = await acknowledge(appeal.id, 'EMERGENCY_MANAGEMENT');
      expect(response.body.errors).toBeUndefined();
      const after = response.body.data?.acknowledgeDispatch;
      expect(
        after?.dispatches.map((dispatch) => [dispatch.targetCode, dispatch.acknowledgedAt]),
      ).toEqual([
        ['CULTURE_TOURISM', null],
        ['EMERGENCY_MANAGEMENT', now.toISOString()],
        ['HOUZHAI_STREET_OFFICE', null],
        ['BAGUAMIAO_CREW', null],
      ]);
      expect(after?.timeline.at(-1)).toEqual({
        actor: 'EMERGENCY_MANAGEMENT',
        note: '报到: EMERGENCY_MANAGEMENT reported in',
        fromStatus: 'SUBMITTED',
        toStatus: 'SUBMITTED',
        at: now.toISOString(),
      });
      const rows = await outboxOf(appeal.id);
      expect(rows).toHaveLength(eventsBefore + 1);
      const last = rows.at(-1);
      expect(last).toMatchObject({
        topic: 'appeal.lifecycle',
        message_key: appeal.id,
        headers: { ce_type: 'cn.erqi.appeal.acknowledged', ce_subject: appeal.id },
      });
      const event = assertKnownEvent(
        fromKafkaRecord({ value: last?.payload ?? null, headers: last?.headers }),
        'appealAcknowledged',
      );
      expect(event.data).toEqual({
        appealId: appeal.id,
        departmentCode: 'EMERGENCY_MANAGEMENT',
        acknowledgedAt: now.toISOString(),
      });
    });

    it('refuses a second report with CONFLICT, saying when the first was, and writes nothing', async () => {
      const first = now.toISOString();
      now = new Date(now.getTime() + HOUR_MS);
      const before = await rowCounts();
      const response = await acknowledge(appeal.id, 'EMERGENCY_MANAGEMENT');
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'departmentCode',
        acknowledgedAt: first,
      });
      expect(response.body.errors?.[0]?.message).toContain(first);
      expect(await rowCounts()).toEqual(before);
    });

    it.each([
      ['a department the appeal was not dispatched to', 'TAXATION', 'departmentCode', null],
      ['a volunteer team (teams do not report in)', 'BAGUAMIAO_CREW', 'departmentCode', null],
      ['an unknown appeal', 'CULTURE_TOURISM', 'appealId', '00000000-0000-4000-8000-000000000000'],
    ])(
      'answers NOT_FOUND for %s, and writes nothing',
      async (_case, departmentCode, field, appealId) => {
        const before = await rowCounts();
        const response = await acknowledge(appealId ?? appeal.id, departmentCode);
        expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field });
        expect(await rowCounts()).toEqual(before);
      },
    );

    it('answers BAD_USER_INPUT for an appeal id that cannot be one, and writes nothing', async () => {
      const before = await rowCounts();
      const response = await acknowledge('appeal-1', 'CULTURE_TOURISM');
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'appealId',
      });
      expect(await rowCounts()).toEqual(before);
    });

    it('lets only one of two simultaneous reports win', async () => {
      const before = await rowCounts();
      const responses = await Promise.all([
        acknowledge(appeal.id, 'HOUZHAI_STREET_OFFICE'),
        acknowledge(appeal.id, 'HOUZHAI_STREET_OFFICE'),
      ]);
      const codes = responses
        .map((response) => response.body.errors?.[0]?.extensions?.['code'] ?? 'OK')
        .sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const after = await rowCounts();
      expect([after['acknowledged'], after['entries'], after['events']]).toEqual([
        (before['acknowledged'] ?? 0) + 1,
        (before['entries'] ?? 0) + 1,
        (before['events'] ?? 0) + 1,
      ]);
    });
  });

  describe('the working time left to report in (剩余…（工作时间）)', () => {
    const minutesLeft = async (appealId: string) => {
      const response = await graphql<{
        appeal: {
          dispatches: Array<{ targetCode: string; acknowledgeWorkingMinutesLeft: number | null }>;
        };
      }>(
        `
          query ($id: ID!) {
            appeal(id: $id) {
              dispatches {
                targetCode
                acknowledgeWorkingMinutesLeft
              }
            }
          }
        `,
        { id: appealId },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data?.appeal.dispatches;
    };

    it('counts office hours only: a JOINT case filed on Friday at 16:00 has 4 working hours over the weekend', async () => {
      now = new Date('2024-03-08T08:00:00.000Z'); // Friday 16:00 in Shanghai
      const appeal = await submitted(waterTown.id, 'SURROUNDINGS');
      const departments = [
        { targetCode: 'URBAN_MANAGEMENT', acknowledgeWorkingMinutesLeft: 240 },
        { targetCode: 'HOUSING_CONSTRUCTION', acknowledgeWorkingMinutesLeft: 240 },
        // Volunteer teams are not asked to report in.
        { targetCode: 'BAGUAMIAO_CREW', acknowledgeWorkingMinutesLeft: null },
      ];
      expect(await minutesLeft(appeal.id)).toEqual(departments);
      // Saturday noon: the clock ran 20 hours, the office clock 1 (Friday 16:00–17:00).
      now = new Date('2024-03-09T04:00:00.000Z');
      expect((await minutesLeft(appeal.id))?.[0]?.acknowledgeWorkingMinutesLeft).toBe(180);
      // Monday 12:00, past the deadline (Monday 11:00): nothing left; once reported in: none to count.
      now = new Date('2024-03-11T04:00:00.000Z');
      expect((await minutesLeft(appeal.id))?.[0]?.acknowledgeWorkingMinutesLeft).toBe(0);
      expect((await acknowledge(appeal.id, 'URBAN_MANAGEMENT')).body.errors).toBeUndefined();
      expect((await minutesLeft(appeal.id))?.[0]?.acknowledgeWorkingMinutesLeft).toBeNull();
    });
  });
});
