import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createCloudEvent, eventCatalogue } from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import { appeals as seededAppeals, enterpriseByName } from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { applyRegistryEvent } from '../src/registry/registry.handler';
import { seedAppeal } from '../src/seed';
import { type AppealSubgraph, createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';
import { uniqueTitle, users, workflowClient } from './workflow-harness';

// A real database migrated and seeded in beforeAll: more than jest's 5 s on a loaded, shared machine.
jest.setTimeout(60_000);
const SEEDED_AT = new Date('2024-03-01T00:00:00.000Z');
/** 贾鲁水镇: an enterprise the leader liaises with (领导联系企业), learnt from the registry event. */
const waterTown = enterpriseByName('郑州贾鲁水镇文化旅游有限公司');
const seededTitle = (title: string): string => {
  const found = seededAppeals.find((appeal) => appeal.title === title);
  if (!found) throw new RangeError(title);
  return found.id;
};

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

describe('leaders as identities (领导领办, 领导联系企业, 调研, 办理方式)', () => {
  let database: TestDatabase;
  let definition: AppealSubgraph;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  const now = new Date('2024-03-04T02:00:00.000Z');
  const client = workflowClient(() => subgraph.url);
  const { ok, call, submit, get } = client;

  const gql = async <T>(
    user: 'leader' | 'otherLeader' | 'supervisor' | 'admin',
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLBody<T>> =>
    (await postGraphQL<T>(subgraph.url, query, variables, await client.headersOf(user))).body;

  const appealIdsOf = async (user: 'leader' | 'otherLeader'): Promise<string[]> => {
    const body = await gql<{ appeals: { nodes: Array<{ id: string }> } }>(
      user,
      `{ appeals(first: 100) { nodes { id } } }`,
    );
    expect(body.errors).toBeUndefined();
    return (body.data?.appeals.nodes ?? []).map((node) => node.id);
  };

  const counts = async (appealId: string) => {
    const [row] = (await dataSource.query(
      `SELECT a.handling_mode AS mode, a.version,
        (SELECT count(*) FROM appeal.timeline_entry WHERE appeal_id = a.id)::int AS entries,
        (SELECT count(*) FROM appeal.leader_visit)::int AS visits
       FROM appeal.appeal a WHERE a.id = $1`,
      [appealId],
    )) as unknown[];
    return row;
  };

  beforeAll(async () => {
    database = await createTestDatabase('appeal_leaders');
    definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        { clock: () => new Date(now), options: fixtureDirectories() },
      ),
    );
    dataSource = definition.dataSource;
    await seedAppeal(dataSource, SEEDED_AT);
    // The enterprise service's registry record, as the consumer applies it: leader-1 liaises with 贾鲁水镇.
    const { type, source } = eventCatalogue.enterpriseRegistryChanged;
    await dataSource.transaction((manager) =>
      applyRegistryEvent(
        createCloudEvent({
          type,
          source,
          subject: waterTown.id,
          time: SEEDED_AT,
          data: {
            enterpriseId: waterTown.id,
            name: waterTown.name,
            creditCode: waterTown.creditCode,
            gridCellId: waterTown.gridCellId,
            changedAt: SEEDED_AT.toISOString(),
            leaderSubjects: [users.leader.subject],
          },
        }),
        manager,
      ),
    );
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('appeal-leaders-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('the seed: every LEDGER case has its leader by id; the seed LEADER sees its ledger cases and resolves each', async () => {
    const ledger = seededAppeals.filter((appeal) => appeal.handlingMode === 'LEDGER');
    expect(ledger.every((appeal) => appeal.leader !== null)).toBe(true);
    const firm = seededTitle('集体企业新厂房消防验收咨询');
    const warehouse = seededTitle('机电设备仓库安全生产隐患排查');
    const subsidy = seededTitle('申报2024年惠企稳岗补贴');
    const mine = await appealIdsOf('leader');
    expect(mine).toEqual(expect.arrayContaining([firm, warehouse]));
    expect((await get(firm)).leaderId).toBe(users.leader.subject);
    expect(await appealIdsOf('otherLeader')).toEqual([subsidy]);

    await ok('acceptAppeal', firm, 'leader');
    await ok('handleAppeal', firm, 'leader');
    expect((await ok('resolveAppeal', firm, 'leader', { feedback: '消防验收已协调' })).status).toBe(
      'RESOLVED',
    );
    expect(
      (await ok('resolveAppeal', warehouse, 'leader', { feedback: '隐患已整改' })).status,
    ).toBe('RESOLVED');
  });

  it('the seed: a JOINT case past intake went to the departments its dispatch rule names', async () => {
    const roadJoint = await get(seededTitle('物流园区门前道路破损'));
    expect(roadJoint.dispatches.map((dispatch) => dispatch.role).sort()).toEqual([
      'ASSISTING',
      'LEAD',
    ]);
    const loan = seededTitle('建材企业政银企贷款对接');
    await ok('handleAppeal', loan, 'admin');
  });

  describe("a leader's week", () => {
    let liaisonCase: string;
    let ledgerCase: string;

    beforeAll(async () => {
      liaisonCase = (
        await submit({
          enterpriseId: waterTown.id,
          title: uniqueTitle('景区停车场扩建审批'),
          handlingMode: 'TRACKED',
        })
      ).id;
      ledgerCase = (
        await submit({
          enterpriseId: enterpriseByName('河南八方顺亿实业有限公司').id,
          title: uniqueTitle('厂区供电增容'),
          handlingMode: 'LEDGER',
        })
      ).id;
      await ok('assignLeader', ledgerCase, 'admin', {
        leaderId: users.leader.subject,
        leaderName: null,
      });
    });

    it('puts a LEDGER case only on a leader’s ledger: an id that is no leader is BAD_USER_INPUT on leaderId, nothing written', async () => {
      const before = await counts(ledgerCase);
      for (const leaderId of [users.supervisor.subject, 'no-such-leader', users.admin.subject]) {
        const refused = await call('assignLeader', ledgerCase, 'admin', {
          leaderId,
          leaderName: '冒名领导',
        });
        expect(refused.error?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'leaderId',
        });
      }
      expect(await counts(ledgerCase)).toEqual(before);
      expect((await get(ledgerCase)).leaderId).toBe(users.leader.subject);
      // The other seed leader is one; named without a name, it is shown by its own.
      const handed = await ok('assignLeader', ledgerCase, 'admin', {
        leaderId: users.otherLeader.subject,
        leaderName: null,
      });
      expect(handed).toMatchObject({
        leaderId: users.otherLeader.subject,
        leaderName: users.otherLeader.name,
      });
      await ok('assignLeader', ledgerCase, 'admin', {
        leaderId: users.leader.subject,
        leaderName: null,
      });
    });

    it('sees its liaison enterprise’s appeals and claims one; another leader sees and claims none of it', async () => {
      expect(await appealIdsOf('leader')).toEqual(
        expect.arrayContaining([liaisonCase, ledgerCase]),
      );
      const other = await appealIdsOf('otherLeader');
      expect(other).not.toContain(liaisonCase);
      expect(other).not.toContain(ledgerCase);
      expect(
        (await call('assignLeader', liaisonCase, 'otherLeader', { leaderId: null })).error
          ?.extensions?.['code'],
      ).toBe('FORBIDDEN');
      // A liaison view is not a ledger: the leader handles nothing until it claims the case.
      expect((await call('acceptAppeal', liaisonCase, 'leader')).error?.extensions?.['code']).toBe(
        'FORBIDDEN',
      );
      const claimed = await ok('assignLeader', liaisonCase, 'leader', {
        leaderId: null,
        leaderName: null,
      });
      expect(claimed).toMatchObject({
        leaderId: users.leader.subject,
        leaderName: users.leader.name,
      });
      await ok('acceptAppeal', liaisonCase, 'leader');
    });

    it('logs a 调研 visit that appears on each linked case’s timeline and in its paginated visits', async () => {
      const logged = await gql<{ logLeaderVisit: { id: string; appealIds: string[] } }>(
        'leader',
        `mutation($input: LogLeaderVisitInput!) { logLeaderVisit(input: $input) { id appealIds place findings visitedOn } }`,
        {
          input: {
            visitedOn: '2024-03-04',
            place: '贾鲁水镇景区',
            enterpriseId: waterTown.id,
            findings: '停车位不足，节假日拥堵', // sample
            appealIds: [liaisonCase, ledgerCase],
          },
        },
      );
      expect(logged.errors).toBeUndefined();
      expect(logged.data?.logLeaderVisit.appealIds.sort()).toEqual(
        [liaisonCase, ledgerCase].sort(),
      );
      for (const id of [liaisonCase, ledgerCase])
        expect((await get(id)).timeline.at(-1)?.note).toContain(
          '调研: 区领导 一号 visited 贾鲁水镇景区',
        );
      const visits = `{ leaderVisits(first: 1) { totalCount nodes { place appealIds } } }`;
      const mine = await gql<{ leaderVisits: { totalCount: number } }>('leader', visits);
      expect(mine.data?.leaderVisits.totalCount).toBe(1);
      const theirs = await gql<{ leaderVisits: { totalCount: number } }>('otherLeader', visits);
      expect(theirs.data?.leaderVisits.totalCount).toBe(0);
    });

    it('refuses a visit linked to a case the leader does not see, or without findings, writing nothing', async () => {
      const before = await counts(ledgerCase);
      const valid = {
        visitedOn: '2024-03-04',
        place: '厂区',
        findings: '供电不足',
        appealIds: [ledgerCase],
      };
      for (const [user, input, field] of [
        ['otherLeader', { findings: '无' }, 'appealIds'],
        ['leader', { findings: '   ' }, 'findings'],
        ['leader', { visitedOn: '2024-02-30' }, 'visitedOn'],
      ] as const) {
        const refused = await gql(
          user,
          `mutation($input: LogLeaderVisitInput!) { logLeaderVisit(input: $input) { id } }`,
          {
            input: { ...valid, ...input },
          },
        );
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(await counts(ledgerCase)).toEqual(before);
    });

    it('changes a case’s handling mode with its reason on the timeline; a blank reason writes nothing', async () => {
      const change = `mutation($id: ID!, $mode: HandlingMode!, $reason: String!) {
        changeHandlingMode(appealId: $id, mode: $mode, reason: $reason) { handlingMode timeline { note } } }`;
      const before = await counts(liaisonCase);
      const blank = await gql('leader', change, { id: liaisonCase, mode: 'LEDGER', reason: '  ' });
      expect(blank.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      expect(await counts(liaisonCase)).toEqual(before);
      const refused = await gql('otherLeader', change, {
        id: liaisonCase,
        mode: 'LEDGER',
        reason: '需要领导协调',
      });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

      const changed = await gql<{
        changeHandlingMode: { handlingMode: string; timeline: Array<{ note: string }> };
      }>('leader', change, {
        id: liaisonCase,
        mode: 'LEDGER',
        reason: '涉及多个审批环节，需领导协调',
      });
      expect(changed.errors).toBeUndefined();
      expect(changed.data?.changeHandlingMode.handlingMode).toBe('LEDGER');
      expect(changed.data?.changeHandlingMode.timeline.at(-1)?.note).toContain(
        '涉及多个审批环节，需领导协调',
      );
      const bySupervisor = await gql<{ changeHandlingMode: { handlingMode: string } }>(
        'supervisor',
        change,
        { id: liaisonCase, mode: 'JOINT', reason: '需多部门合力' },
      );
      expect(bySupervisor.data?.changeHandlingMode.handlingMode).toBe('JOINT');
    });
  });
});
