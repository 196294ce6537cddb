import { randomUUID } from 'node:crypto';
import { SETTLED_STATUSES } from '@erqi/appeal/util-contract';
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
import { createCloudEvent, eventCatalogue } from '@erqi/shared/util-event-catalogue';
import {
  COMMUNITY_CODE,
  departments,
  enterpriseByName,
  enterprises,
  gridCells,
  seedLeaderLiaisons,
  type SeedUser,
} from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { seedAppeal } from '../src/seed';
import { applySeedRegistry } from './registry-fixtures';
import { type AppealSubgraph, createAppealSubgraph } from '../src/subgraph';
import { AppealCategoryService } from '../src/appeal-category/appeal-category.service';
import { applyCommunitySuggestion } from '../src/community-suggestion/community-suggestion.handler';
import { DispatchRuleService } from '../src/dispatch/dispatch-rule.service';
import { DispatchService } from '../src/dispatch/dispatch.service';
import { fixtureDirectories } from './fixture-directories';

/** docs/ACCESS.md, appeals and submitAppeal, checked directly against the subgraph for every role. */
// A real database and a subgraph started for every role: more than the default 5 s on a busy machine.
jest.setTimeout(60_000);
const SEEDED_AT = new Date('2024-03-01T00:00:00.000Z');
const CLOCK = new Date('2024-03-01T01:30:00.000Z');

type Headers = Record<string, string>;
type Caller =
  | 'anonymous'
  | 'service'
  | 'enterprise'
  | 'gridWorker'
  | 'urbanStaff'
  | 'marketStaff'
  | 'volunteerLead'
  | 'supervisor'
  | 'leader'
  | 'deputy'
  | 'collector'
  | 'hotline'
  | 'experienceOfficer'
  | 'adviser'
  | 'discipline'
  | 'resident'
  | 'elder'
  | 'admin';

const USERS: Partial<Record<Caller, SeedUser>> = {
  enterprise: seedUser('ENTERPRISE'),
  gridWorker: seedUser('GRID_WORKER'),
  urbanStaff: seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'URBAN_MANAGEMENT'),
  marketStaff: seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'MARKET_REGULATION'),
  volunteerLead: seedUser('VOLUNTEER_LEAD', (user) => user.teamCode === 'ALLIANCE_YOUTH'),
  supervisor: seedUser('SUPERVISOR'),
  leader: seedUser('LEADER'),
  deputy: seedUser('DEPUTY'),
  collector: seedUser('STREET_COLLECTOR'),
  hotline: seedUser('HOTLINE_OPERATOR'),
  experienceOfficer: seedUser('EXPERIENCE_OFFICER'),
  adviser: seedUser('ADVISER'),
  discipline: seedUser('DISCIPLINE_OFFICER'),
  // Two residents (居民) of 八卦庙社区, each following its own suggestion's appeal.
  resident: seedUser('RESIDENT'),
  elder: seedUser('RESIDENT', (user) => user.login === 'resident-elder-1'),
  admin: seedUser('ADMIN'),
};
const USER_CALLERS = Object.keys(USERS) as Caller[];
const ALL_CALLERS: Caller[] = ['anonymous', 'service', ...USER_CALLERS];

const collective = enterpriseByName('河南八方顺亿实业有限公司');
const outsideCells = enterprises.find(
  (enterprise) => !(USERS.gridWorker?.gridCellIds ?? []).includes(enterprise.gridCellId),
);
if (!outsideCells)
  throw new RangeError('The fixtures need an enterprise outside the grid worker’s cells');
const liaisesWith = (user: SeedUser | undefined, enterpriseId: string): boolean =>
  seedLeaderLiaisons.some(
    (liaison) => liaison.leaderSubject === user?.subject && liaison.enterpriseId === enterpriseId,
  );

describe('who sees which appeals (docs/ACCESS.md), for every role', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  let definition: AppealSubgraph;
  const headers = new Map<Caller, Headers>();

  const graphql = <TData>(caller: Caller, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<TData>(subgraph.url, query, variables, headers.get(caller) ?? {});

  /** The oracle: the appeal ids a caller may see, computed apart from the code under test. */
  const expectedIds = async (caller: Caller): Promise<Set<string>> => {
    const user = USERS[caller];
    const all = async (sql: string, parameters: unknown[] = []) =>
      new Set(
        ((await dataSource.query(sql, parameters)) as Array<{ id: string }>).map((row) => row.id),
      );
    const dispatchedTo = (kind: string, code: string | undefined) =>
      all(
        `SELECT DISTINCT appeal_id AS id FROM appeal.appeal_dispatch WHERE target_kind = $1 AND target_code = $2`,
        [kind, code],
      );
    switch (user?.role) {
      case undefined:
        return new Set();
      case 'ENTERPRISE':
        return all('SELECT id FROM appeal.appeal WHERE enterprise_id = $1', [user.enterpriseId]);
      case 'GRID_WORKER':
        return all('SELECT id FROM appeal.appeal WHERE grid_cell_id = ANY($1::uuid[])', [
          user.gridCellIds,
        ]);
      case 'DEPARTMENT_STAFF':
        return dispatchedTo('DEPARTMENT', user.departmentCode);
      case 'VOLUNTEER_LEAD':
        return dispatchedTo('VOLUNTEER_TEAM', user.teamCode);
      case 'LEADER':
        // Its ledger by id, what it filed, and its liaison enterprises' appeals.
        return all(
          `SELECT a.id FROM appeal.appeal a WHERE a.leader_id = $1 OR a.submitted_by = $1 OR EXISTS (
             SELECT 1 FROM appeal.known_enterprise k WHERE k.id = a.enterprise_id AND $1 = ANY (k.leader_subjects))`,
          [user.subject],
        );
      case 'DEPUTY':
      case 'STREET_COLLECTOR':
      case 'HOTLINE_OPERATOR':
      case 'EXPERIENCE_OFFICER':
        return all('SELECT id FROM appeal.appeal WHERE submitted_by = $1', [user.subject]);
      case 'RESIDENT':
        return all('SELECT id FROM appeal.appeal WHERE resident_id = $1', [user.residentId]);
      case 'ADVISER':
      case 'DISCIPLINE_OFFICER':
        return new Set();
      default:
        return all('SELECT id FROM appeal.appeal');
    }
  };
  const allIds = async (): Promise<string[]> =>
    (
      (await dataSource.query('SELECT id FROM appeal.appeal ORDER BY id')) as Array<{ id: string }>
    ).map((row) => row.id);

  const submitAs = async (caller: Caller, enterpriseId: string, category: string) =>
    graphql<{ submitAppeal: { id: string; timeline: Array<{ actor: string }> } }>(
      caller,
      `
        mutation ($input: SubmitAppealInput!) {
          submitAppeal(input: $input) {
            id
            timeline {
              actor
            }
          }
        }
      `,
      {
        input: {
          enterpriseId,
          title: `访问矩阵 ${randomUUID()}`,
          description: '企业反映的问题。',
          category,
          // The channel follows from who files; only ADMIN, filing on behalf of a way in, names it.
          ...(caller === 'admin' ? { channel: 'ENTERPRISE_APP' } : {}),
          handlingMode: 'JOINT',
        },
      },
    );
  /** The appeal each resident's suggestion became. */
  const suggestionAppeals = new Map<Caller, string>();
  /** Applies `cn.erqi.grid.community-suggestion-raised` as the appeal service's consumer does. */
  const fileSuggestion = async (residentId: string | undefined, appealId: string, text: string) => {
    const categories = new AppealCategoryService(dataSource);
    const dispatches = new DispatchService({
      dataSource,
      rules: new DispatchRuleService(
        dataSource,
        categories,
        definition.directories.departments,
        () => new Date(CLOCK),
      ),
      departments: definition.directories.departments,
      volunteerTeams: definition.directories.volunteerTeams,
      clock: () => new Date(CLOCK),
      policy: definition.policy,
      onEventsCommitted: () => undefined,
    });
    const { type, source } = eventCatalogue.communitySuggestionRaised;
    const event = createCloudEvent({
      type,
      source,
      subject: appealId,
      data: {
        suggestionId: randomUUID(),
        appealId,
        communityCode: COMMUNITY_CODE,
        residentId,
        text,
        visitKind: 'BIRTHDAY_VISIT',
        raisedAt: CLOCK.toISOString(),
      },
    });
    await dataSource.transaction((manager) =>
      applyCommunitySuggestion(event, manager, { dispatches, policy: definition.policy }),
    );
  };
  const submitted = async (enterpriseId: string, category: string): Promise<string> => {
    const response = await submitAs('admin', enterpriseId, category);
    const id = response.body.data?.submitAppeal.id;
    if (!id) throw new TypeError(`submitAppeal failed: ${JSON.stringify(response.body.errors)}`);
    return id;
  };

  beforeAll(async () => {
    headers.set('service', await serviceHeaders());
    for (const caller of USER_CALLERS) {
      const user = USERS[caller];
      if (user)
        headers.set(caller, { ...(await serviceHeaders()), ...(await authHeaderFor(user)) });
    }
    database = await createTestDatabase('appeal_access');
    definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { clock: () => new Date(CLOCK), options: fixtureDirectories() },
      ),
    );
    dataSource = definition.dataSource;
    await seedAppeal(dataSource, SEEDED_AT);
    // 领导联系企业 by the event path: the leaders' liaisons as the enterprise service publishes them.
    await applySeedRegistry(dataSource, SEEDED_AT);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-access-test'),
    });
    // Dispatches to URBAN_MANAGEMENT (+ the alliance's youth team) inside the grid worker's cells, to MARKET_REGULATION outside them, and one case on the leader's ledger.
    await submitted(collective.id, 'SURROUNDINGS');
    await submitted(outsideCells.id, 'MARKET_SUPERVISION');
    const ledger = await submitted(outsideCells.id, 'LICENSING');
    const assigned = await graphql(
      'admin',
      `
        mutation ($id: ID!, $leaderId: ID!, $name: String!) {
          assignLeader(id: $id, leaderId: $leaderId, leaderName: $name) {
            id
          }
        }
      `,
      { id: ledger, leaderId: USERS.leader?.subject, name: USERS.leader?.name },
    );
    expect(assigned.body.errors).toBeUndefined();
    // The whistles and the experience officer file one each, so each sees something and not all.
    for (const caller of ['deputy', 'collector', 'hotline', 'experienceOfficer'] as const) {
      const filed = await submitAs(caller, collective.id, 'SURROUNDINGS');
      expect(filed.body.errors).toBeUndefined();
    }
    // 意见表: each resident's suggestion becomes an appeal as the grid service's event is applied.
    for (const caller of ['resident', 'elder'] as const) {
      const appealId = randomUUID();
      suggestionAppeals.set(caller, appealId);
      await fileSuggestion(USERS[caller]?.residentId, appealId, `${caller} 希望增设老年食堂`);
    }
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('gives every role something in scope and something outside it (a matrix that tests nothing would pass too)', async () => {
    const total = (await allIds()).length;
    for (const caller of [
      'enterprise',
      'gridWorker',
      'urbanStaff',
      'marketStaff',
      'volunteerLead',
      'leader',
      'deputy',
      'collector',
      'hotline',
      'experienceOfficer',
      'resident',
      'elder',
    ] as const) {
      const size = (await expectedIds(caller)).size;
      expect([caller, size > 0 && size < total]).toEqual([caller, true]);
    }
  });

  it('keeps appealCategories public', async () => {
    for (const caller of ['anonymous', ...USER_CALLERS] as Caller[]) {
      const response = await graphql<{ appealCategories: unknown[] }>(
        caller,
        '{ appealCategories { code } }',
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.appealCategories.length).toBeGreaterThan(0);
    }
  });

  describe.each(ALL_CALLERS)('as %s', (caller) => {
    const user = USERS[caller];
    /** Without a user token (anonymous, or our service's token alone) every appeal is UNAUTHENTICATED and none leaks. */
    const signedOut = user === undefined;
    /** An appeal outside the scope is FORBIDDEN; to a RESIDENT it does not exist. */
    const outside = user?.role === 'RESIDENT' ? 'NOT_FOUND' : 'FORBIDDEN';

    it('lists exactly the appeals in scope, with totalCount and pages right, and no out-of-scope duplicate link', async () => {
      const expected = await expectedIds(caller);
      const query = `query($after: String) { appeals(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id possibleDuplicateOf { id } } } }`;
      type Page = {
        appeals: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: Array<{ id: string; possibleDuplicateOf: { id: string } | null }>;
        };
      };
      const first = await graphql<Page>(caller, query);
      if (signedOut) {
        expect(first.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
        return;
      }
      expect(first.body.errors).toBeUndefined();
      const seen: string[] = [];
      let page = first.body.data?.appeals;
      expect(page?.totalCount).toBe(expected.size);
      while (page) {
        for (const node of page.nodes) {
          seen.push(node.id);
          if (node.possibleDuplicateOf)
            expect(expected.has(node.possibleDuplicateOf.id)).toBe(true);
        }
        if (!page.pageInfo.hasNextPage) break;
        page = (await graphql<Page>(caller, query, { after: page.pageInfo.endCursor })).body.data
          ?.appeals;
      }
      expect(new Set(seen)).toEqual(expected);
      expect(seen).toHaveLength(expected.size);
    });

    it('answers appeal(id) in scope, FORBIDDEN (with nothing of it) outside (NOT_FOUND to a RESIDENT)', async () => {
      const expected = await expectedIds(caller);
      const ids = new Set([...(await allIds()).slice(0, 40), ...suggestionAppeals.values()]);
      for (const id of ids) {
        const response = await graphql<{ appeal: { id: string; title: string } | null }>(
          caller,
          `
            query ($id: ID!) {
              appeal(id: $id) {
                id
                title
              }
            }
          `,
          { id },
        );
        if (signedOut)
          expect([
            response.body.errors?.[0]?.extensions?.['code'],
            response.body.data ?? null,
          ]).toEqual(['UNAUTHENTICATED', null]);
        else if (expected.has(id)) expect(response.body.data?.appeal?.id).toBe(id);
        else {
          expect(response.body.errors?.[0]?.extensions?.['code']).toBe(outside);
          expect(response.body.data ?? null).toBeNull();
          const [row] = (await dataSource.query('SELECT title FROM appeal.appeal WHERE id = $1', [
            id,
          ])) as Array<{ title: string }>;
          expect(JSON.stringify(response.body)).not.toContain(row?.title ?? '?');
        }
      }
    });

    it('resolves Appeal references in scope, null and FORBIDDEN (a RESIDENT: NOT_FOUND) outside (_entities)', async () => {
      const ids = await allIds();
      const expected = await expectedIds(caller);
      const response = await graphql<{ _entities: Array<{ id: string } | null> }>(
        caller,
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Appeal {
                id
                title
              }
            }
          }
        `,
        {
          r: ids.map((id) => ({ __typename: 'Appeal', id })),
        },
      );
      if (signedOut) {
        expect((response.body.data?._entities ?? []).filter((entity) => entity !== null)).toEqual(
          [],
        );
        expect(response.body.errors?.length).toBeGreaterThan(0);
        return;
      }
      const entities = response.body.data?._entities ?? [];
      expect(entities.map((entity) => entity?.id ?? null)).toEqual(
        ids.map((id) => (expected.has(id) ? id : null)),
      );
      const refused = ids.length - expected.size;
      expect(
        (response.body.errors ?? []).filter((error) => error.extensions?.['code'] === outside),
      ).toHaveLength(refused);
      expect(response.body.errors ?? []).toHaveLength(refused);
    });

    it.each([
      ['Enterprise', enterprises.map((enterprise) => enterprise.id)],
      ['GridCell', gridCells.map((cell) => cell.id)],
      ['Department', departments.map((department) => department.id)],
    ])('lists on %s.appeals only the appeals in scope', async (typename, parentIds) => {
      const response = await graphql<{
        _entities: Array<{ appeals: Array<{ id: string }> } | null>;
      }>(
        caller,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { appeals(first: 100) { id possibleDuplicateOf { id } } } } }`,
        { r: parentIds.map((id) => ({ __typename: typename, id })) },
      );
      if (signedOut) {
        expect(
          (response.body.data?._entities ?? []).flatMap((entity) => entity?.appeals ?? []),
        ).toEqual([]);
        expect(response.body.errors?.length).toBeGreaterThan(0);
        return;
      }
      expect(response.body.errors).toBeUndefined();
      const expected = await expectedIds(caller);
      const listed = (response.body.data?._entities ?? []).flatMap(
        (entity) => entity?.appeals ?? [],
      );
      // Department.appeals lists the appeals a department leads: the oracle is the caller's scope among those.
      const led =
        typename === 'Department'
          ? new Set(
              (
                (await dataSource.query(
                  'SELECT id FROM appeal.appeal WHERE lead_department_id = ANY($1::uuid[])',
                  [parentIds],
                )) as Array<{ id: string }>
              )
                .map((row) => row.id)
                .filter((id) => expected.has(id)),
            )
          : expected;
      expect(new Set(listed.map((appeal) => appeal.id))).toEqual(led);
      expect(listed).toHaveLength(led.size);
    });

    it('lists overdueAppeals only for supervisors, leaders and admins, and only in scope', async () => {
      const response = await graphql<{ overdueAppeals: { nodes: Array<{ id: string }> } }>(
        caller,
        '{ overdueAppeals(first: 100) { nodes { id } } }',
      );
      if (signedOut)
        expect(response.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      else if (!['SUPERVISOR', 'LEADER', 'ADMIN'].includes(user?.role ?? ''))
        expect(response.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      else {
        expect(response.body.errors).toBeUndefined();
        // The oracle: open (not settled) and past dueAt at the test's clock, within the caller's scope.
        const expected = await expectedIds(caller);
        const overdue = (
          (await dataSource.query(
            'SELECT id FROM appeal.appeal WHERE status <> ALL($1::text[]) AND due_at <= $2',
            [SETTLED_STATUSES, CLOCK],
          )) as Array<{ id: string }>
        )
          .map((row) => row.id)
          .filter((id) => expected.has(id));
        // The seed has overdue appeals at this clock: a role that sees every appeal must get some.
        if (user?.role !== 'LEADER') expect(overdue.length).toBeGreaterThan(0);
        expect(
          (response.body.data?.overdueAppeals.nodes ?? []).map((node) => node.id).sort(),
        ).toEqual(overdue.sort());
      }
    });

    it('reads the dispatch rules as SUPERVISOR or ADMIN, changes them as ADMIN only', async () => {
      const read = await graphql(caller, '{ dispatchRules(first: 1) { totalCount } }');
      const write = await graphql(
        caller,
        `
          mutation {
            deleteDispatchRule(id: "00000000-0000-4000-8000-000000000000") {
              id
            }
          }
        `,
      );
      const refusal = signedOut ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(read.body.errors?.[0]?.extensions?.['code']).toBe(
        ['SUPERVISOR', 'ADMIN'].includes(user?.role ?? '') ? undefined : refusal,
      );
      expect(write.body.errors?.[0]?.extensions?.['code']).toBe(
        user?.role === 'ADMIN' ? 'NOT_FOUND' : refusal,
      );
    });

    it('submits for its own enterprise or cells only (ENTERPRISE, EXPERIENCE_OFFICER, GRID_WORKER), its liaisons (LEADER), any (the whistles, ADMIN), else refuses; the actor is the caller', async () => {
      const role = user?.role ?? '';
      const anyEnterprise = ['DEPUTY', 'STREET_COLLECTOR', 'HOTLINE_OPERATOR', 'ADMIN'];
      const cases: Array<[string, string, boolean]> = [
        [
          'its own / in its cells / liaised',
          collective.id,
          ['ENTERPRISE', 'EXPERIENCE_OFFICER', 'GRID_WORKER', ...anyEnterprise].includes(role) ||
            (role === 'LEADER' && liaisesWith(user, collective.id)),
        ],
        [
          'another / outside its cells',
          outsideCells.id,
          anyEnterprise.includes(role) || (role === 'LEADER' && liaisesWith(user, outsideCells.id)),
        ],
      ];
      for (const [, enterpriseId, allowed] of cases) {
        const before = (await allIds()).length;
        const response = await submitAs(caller, enterpriseId, 'LICENSING');
        if (allowed) {
          expect(response.body.errors).toBeUndefined();
          expect(response.body.data?.submitAppeal.timeline[0]?.actor).toBe(
            `${user?.role}:${user?.name}`,
          );
        } else {
          expect(response.body.errors?.[0]?.extensions?.['code']).toBe(
            signedOut ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          );
          expect((await allIds()).length).toBe(before);
        }
      }
    });

    it('reports in on a dispatch only as that department’s staff or an admin', async () => {
      const appealId = await submitted(collective.id, 'SURROUNDINGS');
      const acknowledge = (code: string) =>
        graphql<{ acknowledgeDispatch: { id: string } }>(
          caller,
          'mutation($a: ID!, $d: String!) { acknowledgeDispatch(appealId: $a, departmentCode: $d) { id } }',
          { a: appealId, d: code },
        );
      const response = await acknowledge('URBAN_MANAGEMENT');
      const allowed = user?.role === 'ADMIN' || user?.departmentCode === 'URBAN_MANAGEMENT';
      if (allowed) expect(response.body.data?.acknowledgeDispatch.id).toBe(appealId);
      else
        expect(response.body.errors?.[0]?.extensions?.['code']).toBe(
          signedOut ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        );
    });

    it('refuses every other mutation to anonymous callers and to a service alone; tells a signed-in caller FORBIDDEN or NOT_FOUND', async () => {
      // Signed in, the mutations go to an appeal that does not exist, so that none of them changes anything.
      const id = signedOut ? (await allIds())[0] : randomUUID();
      const mutations = [
        `acceptAppeal(id: "${id}") { id }`,
        `handleAppeal(id: "${id}") { id }`,
        `transferAppeal(id: "${id}", departmentCodes: ["URBAN_MANAGEMENT"]) { id }`,
        `resolveAppeal(id: "${id}", feedback: "x") { id }`,
        `evaluateAppeal(id: "${id}", rating: 5) { id }`,
        `reopenAppeal(id: "${id}") { id }`,
        `closeAppeal(id: "${id}") { id }`,
        `addProgressNote(id: "${id}", note: "x") { id }`,
        `assignLeader(id: "${id}", leaderName: "x") { id }`,
        `resolveDuplicate(id: "${id}", action: KEEP) { id }`,
        `runEscalationScan { cleared }`,
        `verifyFinding(id: "${id}") { id }`,
      ];
      for (const mutation of mutations) {
        // The scan has no target to be missing: a signed-in caller would run it, so it is asked signed out only.
        if (!signedOut && mutation.startsWith('runEscalationScan')) continue;
        const response = await graphql(caller, `mutation { ${mutation} }`);
        const code = response.body.errors?.[0]?.extensions?.['code'];
        if (signedOut) expect([mutation, code]).toEqual([mutation, 'UNAUTHENTICATED']);
        else {
          expect([mutation, ['FORBIDDEN', 'NOT_FOUND'].includes(String(code))]).toEqual([
            mutation,
            true,
          ]);
          expect(response.body.data ?? null).toBeNull();
        }
      }
    });
  });
  describe('a RESIDENT follows what became of its own suggestion, and nothing else', () => {
    const RESIDENT_VIEW = `
      query ($id: ID!) {
        appeal(id: $id) {
          id
          status
          channel
          feedback
          leaderName
          evaluation {
            rating
          }
          timeline {
            actor
            toStatus
            note
          }
          dispatches {
            targetKind
            targetCode
            role
          }
        }
      }
    `;
    type View = {
      appeal: {
        id: string;
        status: string;
        channel: string;
        feedback: string | null;
        leaderName: string | null;
        evaluation: { rating: number } | null;
        timeline: Array<{ actor: string; toStatus: string; note: string }>;
        dispatches: Array<{ targetKind: string; targetCode: string; role: string }>;
      } | null;
    };

    it('sees its appeal handled to the end — status, steps, the department, the feedback — with the people masked', async () => {
      const id = suggestionAppeals.get('resident');
      const leaderName = USERS.leader?.name ?? '?';
      const masked = (name: string) =>
        `${[...name][0]}${'*'.repeat(Math.min([...name].length - 1, 3))}`;
      const assigned = await graphql(
        'admin',
        `
          mutation ($id: ID!, $leaderId: ID!, $name: String!) {
            assignLeader(id: $id, leaderId: $leaderId, leaderName: $name) {
              id
            }
          }
        `,
        { id, leaderId: USERS.leader?.subject, name: leaderName },
      );
      expect(assigned.body.errors).toBeUndefined();
      for (const [mutation, args] of [
        ['acceptAppeal', ''],
        ['handleAppeal', ''],
        ['addProgressNote', '(id: $id, note: "已联系回迁办")'],
        ['resolveAppeal', '(id: $id, feedback: "老年食堂已列入回迁小区配套")'],
      ] as const) {
        const done = await graphql(
          'admin',
          `mutation ($id: ID!) { ${mutation}${args || '(id: $id)'} { id } }`,
          { id },
        );
        expect([mutation, done.body.errors]).toEqual([mutation, undefined]);
      }

      const response = await graphql<View>('resident', RESIDENT_VIEW, { id });
      expect(response.body.errors).toBeUndefined();
      const appeal = response.body.data?.appeal;
      expect(appeal).toMatchObject({
        id,
        status: 'RESOLVED',
        channel: 'COMMUNITY_VISIT',
        feedback: '老年食堂已列入回迁小区配套',
        leaderName: masked(leaderName),
        evaluation: null,
      });
      expect(appeal?.timeline.map((entry) => entry.toStatus)).toEqual(
        expect.arrayContaining(['SUBMITTED', 'ACCEPTED', 'HANDLING', 'RESOLVED']),
      );
      expect(appeal?.dispatches.length).toBeGreaterThan(0);
      // The staff who took the steps are roles with masked names, never a name in full.
      const admin = USERS.admin?.name ?? '?';
      expect(JSON.stringify(appeal)).not.toContain(admin);
      expect(JSON.stringify(appeal)).not.toContain(leaderName);
      expect(appeal?.timeline.map((entry) => entry.actor)).toContain(`ADMIN:${masked(admin)}`);
      // ADMIN reads the same appeal unmasked.
      const full = await graphql<View>('admin', RESIDENT_VIEW, { id });
      expect(full.body.data?.appeal?.leaderName).toBe(leaderName);
      expect(full.body.data?.appeal?.timeline.map((entry) => entry.actor)).toContain(
        `ADMIN:${admin}`,
      );
    });

    it('is told NOT_FOUND for another resident’s suggestion and for an ordinary appeal, and lists only its own', async () => {
      const ordinary = await submitted(collective.id, 'SURROUNDINGS');
      for (const id of [suggestionAppeals.get('elder'), ordinary]) {
        const response = await graphql<View>('resident', RESIDENT_VIEW, { id });
        expect(response.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
        expect(response.body.data ?? null).toBeNull();
      }
      const listed = await graphql<{
        appeals: { totalCount: number; nodes: Array<{ id: string; status: string }> };
      }>('resident', '{ appeals(first: 10) { totalCount nodes { id status } } }');
      expect(listed.body.data?.appeals).toEqual({
        totalCount: 1,
        nodes: [{ id: suggestionAppeals.get('resident'), status: expect.any(String) }],
      });
    });
  });
});
