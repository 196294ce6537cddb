import { randomUUID } from 'node:crypto';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { assertKnownEvent, fromKafkaRecord } from '@erqi/shared/util-event-catalogue';
import { type GraphQLResponse, postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import { gridCellByCode, volunteers, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { DataSource } from 'typeorm';
import { seedVolunteer } from '../src/seed';
import { createVolunteerSubgraph } from '../src/subgraph';
import { learnSeedGridCells } from './known-grid-cells';

const crew = volunteerTeams.find((team) => team.code === 'BAGUAMIAO_CREW');
const youth = volunteerTeams.find((team) => team.code === 'ALLIANCE_YOUTH');
const youthMember = volunteers.find((volunteer) => volunteer.teamCode === 'ALLIANCE_YOUTH');
const cell = (code: string): string => gridCellByCode(code).id;

const create = `mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { id code name community memberCount lead { name } gridCells { id } } }`;
const update = `mutation($id: ID!, $input: UpdateVolunteerTeamInput!) { updateVolunteerTeam(id: $id, input: $input) { id name community lead { id name } gridCells { id } } }`;

describe('volunteer teams: forming and changing them', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  let as: Record<'ADMIN' | 'crewLead' | 'youthLead' | 'VOLUNTEER', Record<string, string>>;

  const gql = async <TData>(
    headers: Record<string, string>,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLResponse<TData>> =>
    (await postGraphQL<TData>(subgraph.url, query, variables, headers)).body;
  /** Everything a team change may write: teams, their cells, the outbox. */
  const written = async (): Promise<unknown> =>
    dataSource.query(
      `SELECT (SELECT json_agg(t ORDER BY t.id) FROM volunteer.volunteer_team t) AS teams,
              (SELECT count(*)::int FROM volunteer.volunteer_team_grid_cell) AS cells,
              (SELECT count(*)::int FROM volunteer.outbox_message) AS events`,
    );
  /** The coverage events enqueued for a team, oldest first, as the appeal service will read them. */
  const coverageOf = async (teamId: string) => {
    const rows = (await dataSource.query(
      `SELECT headers, payload FROM volunteer.outbox_message WHERE topic = 'volunteer.team-coverage' AND message_key = $1 ORDER BY id`,
      [teamId],
    )) as Array<{ headers: Record<string, string>; payload: string }>;
    return rows.map(
      (row) =>
        assertKnownEvent(
          fromKafkaRecord({ value: row.payload, headers: row.headers }),
          'teamCoverageChanged',
        ).data,
    );
  };

  beforeAll(async () => {
    as = {
      ADMIN: await authHeaderFor(seedUser('ADMIN')),
      crewLead: await authHeaderFor(
        seedUser('VOLUNTEER_LEAD', (user) => user.teamCode === 'BAGUAMIAO_CREW'),
      ),
      youthLead: await authHeaderFor(
        seedUser('VOLUNTEER_LEAD', (user) => user.teamCode === 'ALLIANCE_YOUTH'),
      ),
      VOLUNTEER: await authHeaderFor(seedUser('VOLUNTEER')),
    };
    database = await createTestDatabase('volunteer_team');
    const definition = await createVolunteerSubgraph(
      subgraphDependencies('volunteer', { kind: 'postgres', url: database.url }),
    );
    dataSource = definition.dataSource;
    await seedVolunteer(dataSource);
    await learnSeedGridCells(dataSource);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('volunteer-team-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('seeds the crew of 八卦庙社区 led by its party secretary, a member named by the role', async () => {
    const body = await gql<{
      volunteerTeam: {
        community: string;
        memberCount: number;
        lead: { name: string; skills: string[] };
        volunteers: Array<{ name: string; skills: string[]; joinedOn: string; active: boolean }>;
      };
    }>(
      as.ADMIN,
      `query($id: ID!) { volunteerTeam(id: $id) { community memberCount lead { name skills } volunteers { name skills joinedOn active } } }`,
      { id: crew?.id },
    );
    expect(body.errors).toBeUndefined();
    const team = body.data?.volunteerTeam;
    expect(team).toMatchObject({ community: '八卦庙社区', lead: { name: '八卦庙社区党委书记' } });
    expect(team?.memberCount).toBe(team?.volunteers.length);
    expect(team?.volunteers.map((member) => member.name)).toEqual(
      expect.arrayContaining([
        '志愿者 马超',
        '志愿者 林燕',
        '志愿者 黄河',
        '志愿者 高峰',
        '志愿者 罗兰',
      ]),
    );
    const withSkill = (skill: string) =>
      team?.volunteers.filter((member) => member.skills.includes(skill)).length ?? 0;
    expect(withSkill('SNOW_CLEARING')).toBeGreaterThanOrEqual(3);
    expect(withSkill('FIRST_AID')).toBeGreaterThanOrEqual(1);
    expect(withSkill('SIGN_LANGUAGE')).toBe(1);
  });

  describe('createVolunteerTeam', () => {
    it('forms a team over known cells (ADMIN) and enqueues its coverage in the same transaction', async () => {
      const body = await gql<{
        createVolunteerTeam: {
          id: string;
          code: string;
          community: string;
          memberCount: number;
          lead: null;
          gridCells: Array<{ id: string }>;
        };
      }>(as.ADMIN, create, {
        input: {
          code: 'RIVERSIDE_CREW',
          name: '  滨河志愿服务队 ',
          community: '八卦庙社区',
          gridCellIds: [cell('BGM-C01'), cell('BGM-C02'), cell('BGM-C01')],
        },
      });
      expect(body.errors).toBeUndefined();
      const team = body.data?.createVolunteerTeam;
      expect(team).toMatchObject({
        code: 'RIVERSIDE_CREW',
        name: '滨河志愿服务队',
        community: '八卦庙社区',
        memberCount: 0,
        lead: null,
      });
      expect(team?.gridCells.map((covered) => covered.id).sort()).toEqual(
        [cell('BGM-C01'), cell('BGM-C02')].sort(),
      );
      expect(await coverageOf(team?.id ?? '')).toEqual([
        expect.objectContaining({
          teamCode: 'RIVERSIDE_CREW',
          name: '滨河志愿服务队',
          gridCellIds: [cell('BGM-C01'), cell('BGM-C02')].sort(),
        }),
      ]);
      // Listed with the others, found by the cells it covers.
      const listed = await gql<{ volunteerTeams: { nodes: Array<{ code: string }> } }>(
        {},
        `query($cell: ID) { volunteerTeams(gridCellId: $cell) { nodes { code } } }`,
        { cell: cell('BGM-C02') },
      );
      expect(listed.data?.volunteerTeams.nodes.map((found) => found.code)).toEqual([
        'BAGUAMIAO_CREW',
        'RIVERSIDE_CREW',
      ]);
    });

    it.each([
      ['a blank name', { name: ' \u200B ' }, 'BAD_USER_INPUT', 'name'],
      ['a blank community', { community: '   ' }, 'BAD_USER_INPUT', 'community'],
      ['a code in lower case', { code: 'new_team' }, 'BAD_USER_INPUT', 'code'],
      ['a code with a dash', { code: 'NEW-TEAM' }, 'BAD_USER_INPUT', 'code'],
      [
        'an unknown cell',
        { gridCellIds: [cell('BGM-C01'), randomUUID()] },
        'BAD_USER_INPUT',
        'gridCellIds',
      ],
      ['a code taken', { code: 'BAGUAMIAO_CREW' }, 'CONFLICT', 'code'],
    ])('refuses %s naming the field, and writes nothing', async (_what, change, code, field) => {
      const before = await written();
      const body = await gql(as.ADMIN, create, {
        input: {
          code: 'NEW_TEAM',
          name: '新志愿服务队',
          community: '八卦庙社区',
          gridCellIds: [cell('BGM-C03')],
          ...change,
        },
      });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(body.errors?.[0]?.message).toMatch(/\w/);
      expect(await written()).toEqual(before);
    });

    it.each(['crewLead', 'VOLUNTEER'] as const)(
      'is ADMIN’s alone: %s is FORBIDDEN and nothing is written',
      async (who) => {
        const before = await written();
        const body = await gql(as[who], create, {
          input: { code: 'NEW_TEAM', name: '新队', community: '八卦庙社区', gridCellIds: [] },
        });
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
        expect(await written()).toEqual(before);
      },
    );
  });

  describe('updateVolunteerTeam', () => {
    it("lets the crew's lead change its cells and lead, publishing the new coverage", async () => {
      const member = volunteers.find((volunteer) => volunteer.name === '志愿者 林燕');
      const before = (await coverageOf(crew?.id ?? '')).length;
      const body = await gql<{
        updateVolunteerTeam: {
          name: string;
          lead: { id: string };
          gridCells: Array<{ id: string }>;
        };
      }>(as.crewLead, update, {
        id: crew?.id,
        input: { gridCellIds: [cell('BGM-C01'), cell('BGM-C02')], leadVolunteerId: member?.id },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.updateVolunteerTeam).toMatchObject({
        name: '八卦庙社区志愿服务队',
        lead: { id: member?.id },
      });
      const coverage = await coverageOf(crew?.id ?? '');
      expect(coverage).toHaveLength(before + 1);
      expect(coverage.at(-1)?.gridCellIds).toEqual([cell('BGM-C01'), cell('BGM-C02')].sort());
      // Back as the seed has it, for the tests that follow.
      const back = await gql(as.ADMIN, update, {
        id: crew?.id,
        input: { gridCellIds: crew?.gridCellIds, leadVolunteerId: crew?.leadVolunteerId },
      });
      expect(back.errors).toBeUndefined();
    });

    it.each([
      ['a lead from another team', { leadVolunteerId: youthMember?.id }, 'leadVolunteerId'],
      ['a lead nobody is', { leadVolunteerId: randomUUID() }, 'leadVolunteerId'],
      ['an unknown cell', { gridCellIds: [randomUUID()] }, 'gridCellIds'],
      ['a blank name', { name: '  ' }, 'name'],
    ])(
      'refuses %s as BAD_USER_INPUT naming the field, and writes nothing',
      async (_w, input, field) => {
        const before = await written();
        const body = await gql(as.ADMIN, update, {
          id: crew?.id,
          input: { name: '改名', ...input },
        });
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(await written()).toEqual(before);
      },
    );

    it.each(['youthLead', 'VOLUNTEER'] as const)(
      'refuses %s on the crew (not its lead) as FORBIDDEN, writing nothing',
      async (who) => {
        const before = await written();
        const body = await gql(as[who], update, { id: crew?.id, input: { name: '改名' } });
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
        expect(await written()).toEqual(before);
      },
    );

    it('names no lead when given null, and leaves what it is not given as it was', async () => {
      const body = await gql<{
        updateVolunteerTeam: { name: string; lead: null; gridCells: Array<{ id: string }> };
      }>(as.ADMIN, update, { id: youth?.id, input: { leadVolunteerId: null } });
      expect(body.errors).toBeUndefined();
      expect(body.data?.updateVolunteerTeam.lead).toBeNull();
      expect(body.data?.updateVolunteerTeam.name).toBe(youth?.name);
      expect(body.data?.updateVolunteerTeam.gridCells.map((covered) => covered.id).sort()).toEqual(
        [...(youth?.gridCellIds ?? [])].sort(),
      );
    });

    it('answers NOT_FOUND for an unknown team', async () => {
      const body = await gql(as.ADMIN, update, { id: randomUUID(), input: { name: '改名' } });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });

    it('keeps the youth team its own lead-less sample with its community', async () => {
      const body = await gql<{ volunteerTeam: { community: string; lead: null } }>(
        as.ADMIN,
        `query($id: ID!) { volunteerTeam(id: $id) { community lead { id } } }`,
        { id: youth?.id },
      );
      expect(body.data?.volunteerTeam).toEqual({ community: '八卦庙社区', lead: null });
    });
  });
});
