import { fromKafkaRecord } from '@erqi/shared/util-event-catalogue';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { maskName, maskPhone, serviceAuthorization } from '@erqi/shared/util-auth';
import {
  creditCodeCheckCharacter,
  organisationCodeCheckCharacter,
} from '@erqi/shared/util-credit-code';
import {
  collectiveEnterprise,
  type EnterpriseFixture,
  enterpriseByName,
  enterprises,
  gridCellByCode,
  gridCells,
  stableId,
} from '@erqi/shared/util-seed-fixtures';
import { factoryHallProject, seedLiaisons } from '../src/seed';
import {
  ALL_ROLES,
  type EnterpriseTestServer,
  errorCode,
  type RoleName,
  startEnterpriseTestServer,
} from './enterprise-test-server';

type Caller = 'anonymous' | RoleName;
const CALLERS: readonly Caller[] = ['anonymous', ...ALL_ROLES];

const gridWorkerCells = new Set(seedUser('GRID_WORKER').gridCellIds ?? []);
/** 领导联系: the LEADER seed user liaises with 河南八方顺亿实业有限公司 and 郑州贾鲁水镇文化旅游有限公司. */
const leaderLiaisons = new Set([
  enterpriseByName('河南八方顺亿实业有限公司').id,
  enterpriseByName('郑州贾鲁水镇文化旅游有限公司').id,
]);
const SCOPE: Record<RoleName, (enterprise: EnterpriseFixture) => boolean> = {
  ENTERPRISE: (enterprise) => enterprise.id === collectiveEnterprise.id,
  GRID_WORKER: (enterprise) => gridWorkerCells.has(enterprise.gridCellId),
  DEPARTMENT_STAFF: () => true,
  VOLUNTEER_LEAD: () => false,
  VOLUNTEER: () => false,
  // The whistles file for any registered enterprise; a 体验官 for its own.
  DEPUTY: () => true,
  STREET_COLLECTOR: () => true,
  HOTLINE_OPERATOR: () => true,
  EXPERIENCE_OFFICER: (enterprise) => enterprise.id === seedUser('EXPERIENCE_OFFICER').enterpriseId,
  ADVISER: () => false,
  DISCIPLINE_OFFICER: () => false,
  SUPERVISOR: () => true,
  LEADER: (enterprise) => leaderLiaisons.has(enterprise.id),
  // The community's roles (issue 14) see no enterprise data.
  COMMUNITY_STAFF: () => false,
  RESIDENT: () => false,
  ADMIN: () => true,
};
/** Roles that see a visible enterprise's contact only masked. */
const MASKED: ReadonlySet<RoleName> = new Set([
  'DEPARTMENT_STAFF',
  'LEADER',
  'DEPUTY',
  'STREET_COLLECTOR',
  'HOTLINE_OPERATOR',
  'EXPERIENCE_OFFICER',
]);

const visibleTo = (role: RoleName) => enterprises.filter(SCOPE[role]);
const hiddenFrom = (role: RoleName) => enterprises.filter((enterprise) => !SCOPE[role](enterprise));

/** An enterprise of a cell the grid worker does not have, so outside the GRID_WORKER's and ENTERPRISE's scope. */
const outsider = enterprises.find(
  (enterprise) => !gridWorkerCells.has(enterprise.gridCellId),
) as EnterpriseFixture;
/** In the grid worker's cells, but another enterprise than the ENTERPRISE user's. */
const neighbour = enterpriseByName('郑州凯旋路物流有限公司');
/** `roles`, and LEADER too when it liaises with `target`. */
const andLeaderFor = (target: EnterpriseFixture, roles: RoleName[]): RoleName[] =>
  SCOPE.LEADER(target) ? [...roles, 'LEADER'] : roles;

/** Fails when anything naming an enterprise outside the role's scope is in the response, wherever it is. */
function expectNoLeak(role: Caller, response: unknown): void {
  const text = JSON.stringify(response);
  const hidden = role === 'anonymous' ? enterprises : hiddenFrom(role);
  for (const enterprise of hidden) {
    for (const value of [
      enterprise.id,
      enterprise.name,
      enterprise.creditCode,
      enterprise.contactName,
    ]) {
      expect({ role, leaked: text.includes(value) ? value : null }).toEqual({ role, leaked: null });
    }
  }
}

/** A code of a company in Erqi District (410103) whose organisation code starts with these eight characters. */
function unusedCreditCode(organisation: string): string {
  const body = `91410103${organisation}${organisationCodeCheckCharacter(organisation)}`;
  return `${body}${creditCodeCheckCharacter(body)}`;
}

const ENTERPRISE_FIELDS = 'id name creditCode contactName contactPhone gridCell { id }';
type EnterpriseView = { id: string; name: string; contactName: string; contactPhone: string };

const everyEnterpriseReference = {
  r: enterprises.map((enterprise) => ({ __typename: 'Enterprise', id: enterprise.id })),
};

describe('who may see and do what in the enterprise subgraph (docs/ACCESS.md)', () => {
  let server: EnterpriseTestServer;

  beforeAll(async () => {
    server = await startEnterpriseTestServer('enterprise_access');
    // The seed issues codes at the real time; revoking one needs a clock that is not before that.
    server.setNow(new Date());
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe('single enterprises', () => {
    const single = {
      enterprise: {
        query: `query($id: ID!) { enterprise(id: $id) { ${ENTERPRISE_FIELDS} } }`,
        variables: (target: EnterpriseFixture) => ({ id: target.id }),
      },
      enterpriseByCreditCode: {
        query: `query($code: String!) { enterpriseByCreditCode(code: $code) { ${ENTERPRISE_FIELDS} } }`,
        variables: (target: EnterpriseFixture) => ({ code: target.creditCode }),
      },
    } as const;

    for (const [field, { query, variables }] of Object.entries(single)) {
      it.each(CALLERS.map((caller) => [caller]))(
        `${field}: %s gets the enterprises in scope, FORBIDDEN for others`,
        async (caller) => {
          for (const target of [collectiveEnterprise, neighbour, outsider]) {
            const response = await server.gql<Record<string, EnterpriseView>>(
              caller,
              query,
              variables(target),
            );
            expectNoLeak(caller, response);
            if (caller === 'anonymous') {
              expect(errorCode(response)).toBe('UNAUTHENTICATED');
              continue;
            }
            if (!SCOPE[caller](target)) {
              expect({ target: target.name, code: errorCode(response) }).toEqual({
                target: target.name,
                code: 'FORBIDDEN',
              });
              expect(response.data ?? null).toBeNull();
              continue;
            }
            expect(response.errors).toBeUndefined();
            const seen = response.data?.[field];
            expect(seen?.id).toBe(target.id);
            const masked = MASKED.has(caller);
            expect(seen?.contactName).toBe(
              masked ? maskName(target.contactName) : target.contactName,
            );
            expect(seen?.contactPhone).toBe(
              masked ? maskPhone(target.contactPhone) : target.contactPhone,
            );
          }
        },
      );
    }

    it('answers FORBIDDEN, not NOT_FOUND, to a caller who sees only some enterprises, and NOT_FOUND to one who sees all', async () => {
      const nobody = { id: '00000000-0000-4000-8000-000000000000' };
      const query = `query($id: ID!) { enterprise(id: $id) { id } }`;
      expect(errorCode(await server.gql('GRID_WORKER', query, nobody))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql('ENTERPRISE', query, nobody))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql('ADMIN', query, nobody))).toBe('NOT_FOUND');
    });
  });

  describe('lists', () => {
    type Page = {
      enterprises: {
        nodes: Array<{ id: string }>;
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const LIST = `query($cell: ID, $first: Int!, $after: String) {
      enterprises(gridCellId: $cell, first: $first, after: $after) { nodes { ${ENTERPRISE_FIELDS} } totalCount pageInfo { hasNextPage endCursor } }
    }`;

    it.each(CALLERS.map((caller) => [caller]))(
      'enterprises: %s gets exactly its scope, counted and paged in SQL',
      async (caller) => {
        if (caller === 'anonymous') {
          expect(errorCode(await server.gql(caller, LIST, { first: 10 }))).toBe('UNAUTHENTICATED');
          return;
        }
        const expected = visibleTo(caller)
          .map((enterprise) => enterprise.id)
          .sort();
        const seen: string[] = [];
        let after: string | null = null;
        for (let pages = 0; pages < 20; pages += 1) {
          const response: Awaited<ReturnType<typeof server.gql<Page>>> = await server.gql<Page>(
            caller,
            LIST,
            { first: 4, after },
          );
          expect(response.errors).toBeUndefined();
          expectNoLeak(caller, response);
          expect(response.data?.enterprises.totalCount).toBe(expected.length);
          seen.push(...(response.data?.enterprises.nodes.map((node) => node.id) ?? []));
          after = response.data?.enterprises.pageInfo.hasNextPage
            ? response.data.enterprises.pageInfo.endCursor
            : null;
          if (!after) break;
        }
        expect(seen.sort()).toEqual(expected);

        // Asking for a cell outside the scope is an empty page, not an error.
        const other = await server.gql<Page>(caller, LIST, {
          first: 10,
          cell: outsider.gridCellId,
        });
        expect(other.errors).toBeUndefined();
        expectNoLeak(caller, other);
        expect(other.data?.enterprises.totalCount).toBe(
          enterprises.filter(
            (enterprise) =>
              enterprise.gridCellId === outsider.gridCellId && SCOPE[caller](enterprise),
          ).length,
        );
      },
    );

    const CELLS = `query($r: [_Any!]!, $first: Int!) { _entities(representations: $r) { ... on GridCell { id enterprises(first: $first) { ${ENTERPRISE_FIELDS} } } } }`;
    type Cells = { _entities: Array<{ id: string; enterprises: EnterpriseView[] }> };
    const everyCell = { r: gridCells.map((cell) => ({ __typename: 'GridCell', id: cell.id })) };

    it.each(CALLERS.map((caller) => [caller]))(
      'GridCell.enterprises: %s gets only its scope, in one statement for all cells',
      async (caller) => {
        server.statements.reset();
        const response = await server.gql<Cells>(
          caller,
          CELLS,
          { ...everyCell, first: 100 },
          { viaGateway: true },
        );
        expectNoLeak(caller, response);
        if (caller === 'anonymous') {
          // The gateway's token alone lets it resolve references, but sees no enterprise.
          expect(response.errors).toBeUndefined();
          expect(response.data?._entities.flatMap((cell) => cell.enterprises)).toEqual([]);
          return;
        }
        expect(response.errors).toBeUndefined();
        expect(server.statements.total).toBeLessThanOrEqual(1);
        const seen = response.data?._entities.flatMap((cell) => cell.enterprises) ?? [];
        expect(seen.map((enterprise) => enterprise.id).sort()).toEqual(
          visibleTo(caller)
            .map((enterprise) => enterprise.id)
            .sort(),
        );
        for (const enterprise of seen.filter(
          (candidate) => candidate.id === collectiveEnterprise.id,
        )) {
          expect(enterprise.contactPhone).toBe(
            MASKED.has(caller)
              ? maskPhone(collectiveEnterprise.contactPhone)
              : collectiveEnterprise.contactPhone,
          );
        }
      },
    );

    it('GridCell.enterprises caps each cell at `first` of the enterprises in scope, not of all of them', async () => {
      const response = await server.gql<Cells>(
        'ENTERPRISE',
        CELLS,
        { r: [{ __typename: 'GridCell', id: gridCellByCode('BGM-E01').id }], first: 1 },
        { viaGateway: true },
      );
      expect(response.data?._entities[0]?.enterprises.map((enterprise) => enterprise.id)).toEqual([
        collectiveEnterprise.id,
      ]);
    });

    it('answers _entities of anonymous callers going around the gateway with UNAUTHENTICATED', async () => {
      const response = await server.gql('anonymous', CELLS, { ...everyCell, first: 10 });
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      expectNoLeak('anonymous', response);
    });
  });

  describe('Enterprise references (_entities)', () => {
    const REFERENCES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { ${ENTERPRISE_FIELDS} } } }`;
    const everyEnterprise = {
      r: enterprises.map((enterprise) => ({ __typename: 'Enterprise', id: enterprise.id })),
    };
    type References = { _entities: Array<EnterpriseView | null> };

    it.each(CALLERS.map((caller) => [caller]))(
      '%s: null with FORBIDDEN for every enterprise outside the scope, one statement',
      async (caller) => {
        server.statements.reset();
        const response = await server.gql<References>(caller, REFERENCES, everyEnterprise, {
          viaGateway: true,
        });
        expect(server.statements.total).toBeLessThanOrEqual(1);
        expectNoLeak(caller, response);
        const inScope = (enterprise: EnterpriseFixture) =>
          caller !== 'anonymous' && SCOPE[caller](enterprise);
        expect(response.data?._entities.map((entity) => entity?.id ?? null)).toEqual(
          enterprises.map((enterprise) => (inScope(enterprise) ? enterprise.id : null)),
        );
        // With the gateway's token but no user's, the caller is anonymous: every item null, UNAUTHENTICATED.
        const denial = caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        const deniedAt = (response.errors ?? [])
          .filter((error) => error.extensions?.['code'] === denial)
          .map((error) => error.path?.[1]);
        expect(deniedAt).toEqual(
          enterprises.flatMap((enterprise, index) => (inScope(enterprise) ? [] : [index])),
        );
        expect(
          (response.errors ?? []).every((error) => error.extensions?.['code'] === denial),
        ).toBe(true);
      },
    );
  });

  it('answers one of our own services (the appeal service filing an appeal) with every enterprise and its cell, contacts masked', async () => {
    const response = await postGraphQL<{
      _entities: Array<{ id: string; gridCell: { id: string }; contactPhone: string } | null>;
    }>(
      server.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { id gridCell { id } contactPhone } } }`,
      everyEnterpriseReference,
      { authorization: await serviceAuthorization('appeal') },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities.map((entity) => entity?.gridCell.id)).toEqual(
      enterprises.map((enterprise) => enterprise.gridCellId),
    );
    expect(
      response.body.data?._entities.every((entity) =>
        /^\d{3}\*{4}\d{4}$/.test(entity?.contactPhone ?? ''),
      ),
    ).toBe(true);
  });

  describe('leader liaison (领导联系)', () => {
    const ASSIGN = `mutation($leader: String!, $id: ID!) { assignLeaderLiaison(leaderSubject: $leader, enterpriseId: $id) { id name } }`;
    const REMOVE = `mutation($leader: String!, $id: ID!) { removeLeaderLiaison(leaderSubject: $leader, enterpriseId: $id) { id } }`;
    const ONE = `query($id: ID!) { enterprise(id: $id) { id contactPhone } }`;
    const LIST = `{ enterprises(first: 100) { nodes { id } totalCount } }`;
    const newLeader = {
      subject: stableId('user', 'leader-liaison-test'),
      role: 'LEADER' as const,
      name: '区领导 联系测试',
    };

    /** The leaders in the enterprise's latest record on `enterprise.registry`, as the outbox holds it. */
    const publishedLeaders = async (enterpriseId: string): Promise<string[] | undefined> => {
      const [row] = (await server.dataSource.query(
        `SELECT headers, payload FROM outbox_message WHERE topic = 'enterprise.registry' AND message_key = $1 ORDER BY id DESC LIMIT 1`,
        [enterpriseId],
      )) as Array<{ headers: Record<string, string>; payload: string }>;
      const event = fromKafkaRecord({ value: row?.payload ?? null, headers: row?.headers });
      const data = event.data as { leaderSubjects?: string[] } | undefined;
      return data?.leaderSubjects;
    };

    it('seeds the LEADER seed user with its two enterprises', () => {
      expect(seedLiaisons.leaderSubject).toBe(seedUser('LEADER').subject);
      expect(new Set(seedLiaisons.enterpriseIds)).toEqual(leaderLiaisons);
    });

    it('lets ADMIN assign and remove a liaison, which a LEADER sees at once, contacts masked', async () => {
      expect(
        (await server.gql<{ enterprises: { totalCount: number } }>(newLeader, LIST)).data
          ?.enterprises.totalCount,
      ).toBe(0);
      expect(errorCode(await server.gql(newLeader, ONE, { id: outsider.id }))).toBe('FORBIDDEN');

      const assigned = await server.gql<{ assignLeaderLiaison: { id: string; name: string } }>(
        'ADMIN',
        ASSIGN,
        { leader: newLeader.subject, id: outsider.id },
      );
      expect(assigned.errors).toBeUndefined();
      expect(assigned.data?.assignLeaderLiaison).toEqual({ id: outsider.id, name: outsider.name });
      // Twice is the same as once.
      expect(
        (await server.gql('ADMIN', ASSIGN, { leader: newLeader.subject, id: outsider.id })).errors,
      ).toBeUndefined();

      const list = await server.gql<{
        enterprises: { nodes: Array<{ id: string }>; totalCount: number };
      }>(newLeader, LIST);
      expect(list.data?.enterprises).toEqual({ nodes: [{ id: outsider.id }], totalCount: 1 });
      const one = await server.gql<{ enterprise: { id: string; contactPhone: string } }>(
        newLeader,
        ONE,
        { id: outsider.id },
      );
      expect(one.data?.enterprise).toEqual({
        id: outsider.id,
        contactPhone: maskPhone(outsider.contactPhone),
      });
      // The appeal service learns it by the event path: the registry record names every liaising leader.
      expect(await publishedLeaders(outsider.id)).toEqual([newLeader.subject]);
      // Another leader's liaisons stay theirs.
      expect(errorCode(await server.gql('LEADER', ONE, { id: outsider.id }))).toBe(
        SCOPE.LEADER(outsider) ? undefined : 'FORBIDDEN',
      );

      const removed = await server.gql<{ removeLeaderLiaison: { id: string } }>('ADMIN', REMOVE, {
        leader: newLeader.subject,
        id: outsider.id,
      });
      expect(removed.data?.removeLeaderLiaison).toEqual({ id: outsider.id });
      expect(await publishedLeaders(outsider.id)).toEqual([]);
      expect(errorCode(await server.gql(newLeader, ONE, { id: outsider.id }))).toBe('FORBIDDEN');
      expect(
        (await server.gql<{ enterprises: { totalCount: number } }>(newLeader, LIST)).data
          ?.enterprises.totalCount,
      ).toBe(0);
      // Removing one that is not there is no error.
      expect(
        (await server.gql('ADMIN', REMOVE, { leader: newLeader.subject, id: outsider.id })).errors,
      ).toBeUndefined();
    });

    it('answers NOT_FOUND for an unknown enterprise and BAD_USER_INPUT for a malformed id or an empty leader subject', async () => {
      for (const mutation of [ASSIGN, REMOVE]) {
        expect(
          errorCode(
            await server.gql('ADMIN', mutation, {
              leader: newLeader.subject,
              id: '00000000-0000-4000-8000-000000000000',
            }),
          ),
        ).toBe('NOT_FOUND');
        const malformed = await server.gql('ADMIN', mutation, {
          leader: newLeader.subject,
          id: 'not-a-uuid',
        });
        expect(malformed.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'enterpriseId',
        });
        expect(
          errorCode(await server.gql('ADMIN', mutation, { leader: '  ', id: outsider.id })),
        ).toBe('BAD_USER_INPUT');
      }
    });

    it('answers FORBIDDEN to every role but ADMIN, UNAUTHENTICATED to anonymous callers, and changes nothing', async () => {
      for (const caller of CALLERS.filter((candidate) => candidate !== 'ADMIN')) {
        for (const mutation of [ASSIGN, REMOVE]) {
          const response = await server.gql(caller, mutation, {
            leader: seedUser('LEADER').subject,
            id: neighbour.id,
          });
          expect({ caller, code: errorCode(response) }).toEqual({
            caller,
            code: caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          });
        }
      }
      expect(errorCode(await server.gql('LEADER', ONE, { id: neighbour.id }))).toBe('FORBIDDEN');
    });
  });

  describe('every query and mutation', () => {
    interface Operation {
      name: string;
      query: string;
      variables: (caller: Caller) => Promise<Record<string, unknown>> | Record<string, unknown>;
      /** Roles that succeed; every other signed-in role gets FORBIDDEN, anonymous UNAUTHENTICATED. */
      allowed: readonly RoleName[];
    }

    let inspectionId = '';
    let ledgerItemId = '';
    const codeOf = async (enterpriseId: string): Promise<string> =>
      (
        await server.gql<{ enterprise: { code: { value: string } } }>(
          'ADMIN',
          `query($id: ID!) { enterprise(id: $id) { code { value } } }`,
          { id: enterpriseId },
        )
      ).data?.enterprise.code.value ?? '';
    const registration = (caller: Caller, cellCode: string) => ({
      input: {
        name: `郑州矩阵测试${caller}有限公司`,
        creditCode: unusedCreditCode(
          `MA${String(CALLERS.indexOf(caller)).padStart(2, '0')}${cellCode.replace(/\W/g, '').slice(-5)}`
            .slice(0, 8)
            .padEnd(8, '0'),
        ),
        gridCellId: gridCellByCode(cellCode).id,
        contactName: '经理 矩阵',
        contactPhone: '13900001234',
      },
    });

    const operations: Operation[] = [
      {
        name: 'enterprise (own)',
        query: `query($id: ID!) { enterprise(id: $id) { id } }`,
        variables: () => ({ id: collectiveEnterprise.id }),
        allowed: andLeaderFor(collectiveEnterprise, [
          'ENTERPRISE',
          'GRID_WORKER',
          'DEPARTMENT_STAFF',
          'SUPERVISOR',
          'ADMIN',
        ]),
      },
      {
        name: 'enterprise (other cell)',
        query: `query($id: ID!) { enterprise(id: $id) { id } }`,
        variables: () => ({ id: outsider.id }),
        allowed: andLeaderFor(outsider, ['DEPARTMENT_STAFF', 'SUPERVISOR', 'ADMIN']),
      },
      {
        name: 'enterpriseByCreditCode (neighbour)',
        query: `query($code: String!) { enterpriseByCreditCode(code: $code) { id } }`,
        variables: () => ({ code: neighbour.creditCode }),
        allowed: andLeaderFor(neighbour, [
          'GRID_WORKER',
          'DEPARTMENT_STAFF',
          'SUPERVISOR',
          'ADMIN',
        ]),
      },
      {
        name: 'enterprises',
        query: `{ enterprises(first: 100) { totalCount } }`,
        variables: () => ({}),
        allowed: ALL_ROLES,
      },
      {
        name: 'inspectionCountsByDepartment',
        query: `query($from: DateTime!, $to: DateTime!) { inspectionCountsByDepartment(from: $from, to: $to) { departmentCode count } }`,
        variables: () => ({ from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }),
        allowed: ['SUPERVISOR', 'ADMIN'],
      },
      {
        name: 'project',
        query: `query($id: ID!) { project(id: $id) { id enterprise { ${ENTERPRISE_FIELDS} } } }`,
        variables: () => ({ id: factoryHallProject.id }),
        // 领导联系企业: the leader liaising with the project's enterprise sees it too.
        allowed: andLeaderFor(collectiveEnterprise, ['ENTERPRISE', 'SUPERVISOR', 'ADMIN']),
      },
      {
        name: 'myProjects',
        query: `{ myProjects(first: 10) { nodes { id enterprise { id name } } totalCount } }`,
        variables: () => ({}),
        allowed: ALL_ROLES,
      },
      {
        name: 'registerEnterprise (E01)',
        query: `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id } }`,
        variables: (caller) => registration(caller, 'BGM-E01'),
        allowed: ['GRID_WORKER', 'ADMIN'],
      },
      {
        name: 'registerEnterprise (C01, not the grid worker’s)',
        query: `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id } }`,
        variables: (caller) => registration(caller, 'BGM-C01'),
        allowed: ['ADMIN'],
      },
      {
        name: 'checkInInspection',
        query: `mutation($code: String!, $purpose: String!, $legalBasis: String) {
          checkInInspection(code: $code, purpose: $purpose, legalBasis: $legalBasis) { id enterprise { ${ENTERPRISE_FIELDS} } }
        }`,
        variables: async () => ({
          code: await codeOf(collectiveEnterprise.id),
          purpose: '矩阵检查',
          legalBasis: '《安全生产法》第六十五条',
        }),
        allowed: ['DEPARTMENT_STAFF'],
      },
      {
        name: 'checkOutInspection',
        query: `mutation($id: ID!) { checkOutInspection(id: $id) { id } }`,
        variables: () => ({ id: inspectionId }),
        allowed: ['DEPARTMENT_STAFF'],
      },
      {
        name: 'addInspectionQuietPeriod',
        query: `mutation($input: AddInspectionQuietPeriodInput!) { addInspectionQuietPeriod(input: $input) { id } }`,
        variables: () => ({
          input: {
            enterpriseId: outsider.id,
            startsAt: '2030-01-01T00:00:00Z',
            endsAt: '2030-01-02T00:00:00Z',
            reason: '矩阵测试',
          },
        }),
        allowed: ['ADMIN'],
      },
      {
        name: 'rotateEnterpriseCode',
        query: `mutation($id: ID!) { rotateEnterpriseCode(enterpriseId: $id) { version } }`,
        variables: () => ({ id: collectiveEnterprise.id }),
        allowed: ['ENTERPRISE', 'ADMIN'],
      },
      {
        name: 'revokeEnterpriseCode',
        query: `mutation($id: ID!) { revokeEnterpriseCode(enterpriseId: $id) { id } }`,
        variables: () => ({ id: outsider.id }),
        allowed: ['ADMIN'],
      },
      {
        name: 'createProject',
        query: `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
        variables: (caller) => ({
          input: {
            name: `矩阵项目 ${caller}`,
            enterpriseId: outsider.id,
            butlerSubjectId: seedUser('LEADER').subject,
            butlerName: seedUser('LEADER').name,
            contactName: '项目 联系人',
            contactPhone: '13900004321',
            departmentCodes: ['URBAN_MANAGEMENT'],
          },
        }),
        allowed: ['ADMIN'],
      },
      {
        name: 'addProjectLedgerItem',
        query: `mutation($projectId: ID!, $input: AddProjectLedgerItemInput!) { addProjectLedgerItem(projectId: $projectId, input: $input) { id } }`,
        variables: (caller) => ({
          projectId: factoryHallProject.id,
          input: { title: `矩阵事项 ${caller}`, departmentCode: 'HOUSING_CONSTRUCTION' },
        }),
        allowed: ['ENTERPRISE', 'ADMIN'],
      },
      {
        name: 'assignLeaderLiaison',
        query: `mutation($leader: String!, $id: ID!) { assignLeaderLiaison(leaderSubject: $leader, enterpriseId: $id) { id } }`,
        variables: () => ({ leader: stableId('user', 'matrix-leader'), id: outsider.id }),
        allowed: ['ADMIN'],
      },
      {
        name: 'removeLeaderLiaison',
        query: `mutation($leader: String!, $id: ID!) { removeLeaderLiaison(leaderSubject: $leader, enterpriseId: $id) { id } }`,
        variables: () => ({ leader: stableId('user', 'matrix-leader'), id: outsider.id }),
        allowed: ['ADMIN'],
      },
      {
        name: 'updateProjectLedgerItem',
        query: `mutation($id: ID!) { updateProjectLedgerItem(id: $id, status: IN_PROGRESS) { id status } }`,
        variables: () => ({ id: ledgerItemId }),
        allowed: ['ADMIN'],
      },
    ];

    it.each(operations.map((operation) => [operation.name, operation]))(
      '%s',
      async (_name, operation) => {
        // Denied callers first, so that an allowed mutation cannot change what they would meet.
        const ordered = [...CALLERS].sort(
          (a, b) =>
            Number(a !== 'anonymous' && operation.allowed.includes(a)) -
            Number(b !== 'anonymous' && operation.allowed.includes(b)),
        );
        for (const caller of ordered) {
          const response = await server.gql<Record<string, { id?: string }>>(
            caller,
            operation.query,
            await operation.variables(caller),
          );
          expectNoLeak(caller, response);
          const expected =
            caller === 'anonymous'
              ? 'UNAUTHENTICATED'
              : operation.allowed.includes(caller)
                ? undefined
                : 'FORBIDDEN';
          expect({
            caller,
            code: errorCode(response),
            message: expected ? undefined : response.errors?.[0]?.message,
          }).toEqual({ caller, code: expected, message: undefined });
          if (!expected && operation.name === 'checkInInspection')
            inspectionId = response.data?.['checkInInspection']?.id ?? '';
          if (!expected && operation.name === 'addProjectLedgerItem' && caller === 'ADMIN')
            ledgerItemId = response.data?.['addProjectLedgerItem']?.id ?? '';
        }
      },
    );
  });
});
