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
import { createLogger } from '@erqi/shared/util-logging';
import {
  gridCellByCode,
  gridCells,
  lanternFestival,
  volunteers,
  volunteerTeams,
} from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { seedVolunteer } from '../src/seed';
import { createVolunteerSubgraph } from '../src/subgraph';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const crew = volunteerTeams.find((team) => team.code === 'BAGUAMIAO_CREW');
const youth = volunteerTeams.find((team) => team.code === 'ALLIANCE_YOUTH');

interface TeamPage {
  volunteerTeams: {
    nodes: Array<{ code: string }>;
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe('volunteer subgraph on PostgreSQL', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  const metrics = new ServiceMetrics('volunteer');
  const statements = metrics.statements;
  /** Volunteers and their registration are not public: these tests act as an admin (the matrix is in volunteer-access.int-spec.ts). */
  let admin: Record<string, string>;

  const countRows = async (table: string): Promise<number> => {
    const [row] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM volunteer.${table}`,
    )) as Array<{ n: number }>;
    return row?.n ?? -1;
  };

  beforeAll(async () => {
    admin = await authHeaderFor(seedUser('ADMIN'));
    database = await createTestDatabase('volunteer');
    const definition = await createVolunteerSubgraph(
      subgraphDependencies('volunteer', { kind: 'postgres', url: database.url }, { metrics }),
    );
    dataSource = definition.dataSource;
    await seedVolunteer(dataSource);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('volunteer-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('lists the teams with the cells they cover and their members', async () => {
    const response = await postGraphQL<{
      volunteerTeams: {
        nodes: Array<{
          id: string;
          code: string;
          name: string;
          gridCells: Array<{ id: string }>;
          volunteers: Array<{ name: string; team: { code: string } }>;
        }>;
      };
    }>(
      subgraph.url,
      `{ volunteerTeams { nodes { id code name gridCells { id } volunteers { name team { code } } } } }`,
      {},
      admin,
    );
    expect(response.body.errors).toBeUndefined();
    const teams = response.body.data?.volunteerTeams.nodes ?? [];
    expect(teams.map((team) => team.code)).toEqual(['ALLIANCE_YOUTH', 'BAGUAMIAO_CREW']);
    const baguamiao = teams.find((team) => team.code === 'BAGUAMIAO_CREW');
    expect(baguamiao?.name).toBe('八卦庙社区志愿服务队');
    expect(baguamiao?.gridCells.map((cell) => cell.id).sort()).toEqual(
      [...(crew?.gridCellIds ?? [])].sort(),
    );
    expect(baguamiao?.volunteers).toHaveLength(
      volunteers.filter((volunteer) => volunteer.teamCode === 'BAGUAMIAO_CREW').length,
    );
    expect(
      baguamiao?.volunteers.every((volunteer) => volunteer.team.code === 'BAGUAMIAO_CREW'),
    ).toBe(true);
  });

  it('shows the lantern festival with three days of shifts in Shanghai time', async () => {
    const list = await postGraphQL<{
      volunteerActivities: { nodes: Array<{ id: string; code: string }>; totalCount: number };
    }>(subgraph.url, `{ volunteerActivities(first: 5) { nodes { id code } totalCount } }`);
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data?.volunteerActivities.nodes.map((activity) => activity.code)).toEqual([
      'SAMPLE_COMMUNITY_SERVICE_DAYS',
      'LANTERN_FESTIVAL_2024',
    ]);

    const response = await postGraphQL<{
      volunteerActivity: {
        name: string;
        location: string;
        startsOn: string;
        endsOn: string;
        reportedVisits: number;
        shifts: Array<{ duty: string; startsAt: string; endsAt: string; team: { code: string } }>;
      };
    }>(
      subgraph.url,
      `query($id: ID!) { volunteerActivity(id: $id) { name location startsOn endsOn reportedVisits shifts { duty startsAt endsAt team { code } } } }`,
      { id: lanternFestival.id },
    );
    expect(response.body.errors).toBeUndefined();
    const festival = response.body.data?.volunteerActivity;
    expect(festival).toMatchObject({
      name: '贾鲁水镇龙年灯会',
      location: '贾鲁水镇',
      startsOn: '2024-02-23',
      endsOn: '2024-02-25',
      reportedVisits: 86000,
    });
    const shifts = festival?.shifts ?? [];
    expect(shifts).toHaveLength(lanternFestival.shifts.length);
    const days = new Set(
      shifts.map((shift) =>
        new Date(new Date(shift.startsAt).getTime() + 8 * 3600_000).toISOString().slice(0, 10),
      ),
    );
    expect([...days].sort()).toEqual(['2024-02-23', '2024-02-24', '2024-02-25']);
    // 06:00 in Shanghai is 22:00 UTC the day before.
    expect(shifts[0]).toMatchObject({
      duty: 'GUIDANCE',
      startsAt: '2024-02-22T22:00:00.000Z',
      endsAt: '2024-02-23T04:00:00.000Z',
    });
    // Every hour from the first morning to the last midnight has a post staffed, the nights on the ice.
    const opening = Date.parse('2024-02-23T06:00:00+08:00');
    for (let hour = opening; hour < Date.parse('2024-02-26T00:00:00+08:00'); hour += 3600_000) {
      const on = shifts.filter(
        (shift) => Date.parse(shift.startsAt) <= hour && hour < Date.parse(shift.endsAt),
      );
      expect({ at: new Date(hour).toISOString(), staffed: on.length > 0 }).toEqual({
        at: new Date(hour).toISOString(),
        staffed: true,
      });
    }
    // The crew does all four duties; no other team takes a festival shift.
    expect(new Set(shifts.map((shift) => shift.team.code))).toEqual(new Set(['BAGUAMIAO_CREW']));
    expect(new Set(shifts.map((shift) => shift.duty))).toEqual(
      new Set(['GUIDANCE', 'ORDER_KEEPING', 'HELPING_VULNERABLE', 'SNOW_AND_ICE_CLEARING']),
    );
  });

  it('lists activities latest first, a page at a time', async () => {
    const later = { id: '00000000-0000-4000-8000-000000000001', code: 'SPRING_CLEAN_2025' };
    await dataSource.query(
      `INSERT INTO volunteer.volunteer_activity (id, code, name, location, starts_on, ends_on) VALUES ($1, $2, '春季环境整治', '八卦庙社区', '2025-03-05', '2025-03-05')`,
      [later.id, later.code],
    );
    try {
      const query = `query($after: String) { volunteerActivities(first: 1, after: $after) { nodes { code reportedVisits } totalCount pageInfo { endCursor hasNextPage } } }`;
      type ActivityPage = {
        volunteerActivities: {
          nodes: Array<{ code: string; reportedVisits: number | null }>;
          totalCount: number;
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      };
      const codes: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 5; page += 1) {
        const response = await postGraphQL<ActivityPage>(subgraph.url, query, { after });
        expect(response.body.errors).toBeUndefined();
        const found = response.body.data?.volunteerActivities;
        expect(found?.totalCount).toBe(3);
        expect(found?.nodes).toHaveLength(1);
        codes.push(...(found?.nodes.map((node) => node.code) ?? []));
        if (!found?.pageInfo.hasNextPage) break;
        after = found.pageInfo.endCursor;
      }
      // The sample service days start tomorrow; the spring clean-up in 2025; the festival in 2024.
      expect(codes).toEqual(['SAMPLE_COMMUNITY_SERVICE_DAYS', later.code, 'LANTERN_FESTIVAL_2024']);
    } finally {
      await dataSource.query(`DELETE FROM volunteer.volunteer_activity WHERE id = $1`, [later.id]);
    }
  });

  it('filters teams by the grid cell they cover, a page at a time', async () => {
    const query = `query($cell: ID, $after: String) { volunteerTeams(gridCellId: $cell, first: 1, after: $after) { nodes { code } totalCount pageInfo { endCursor hasNextPage } } }`;
    const enterpriseCell = await postGraphQL<TeamPage>(subgraph.url, query, {
      cell: gridCellByCode('BGM-E01').id,
    });
    expect(enterpriseCell.body.data?.volunteerTeams).toMatchObject({
      nodes: [{ code: 'ALLIANCE_YOUTH' }],
      totalCount: 1,
      pageInfo: { hasNextPage: false },
    });

    const first = await postGraphQL<TeamPage>(subgraph.url, query, {});
    expect(first.body.data?.volunteerTeams).toMatchObject({
      nodes: [{ code: 'ALLIANCE_YOUTH' }],
      totalCount: 2,
      pageInfo: { hasNextPage: true },
    });
    const next = await postGraphQL<TeamPage>(subgraph.url, query, {
      after: first.body.data?.volunteerTeams.pageInfo.endCursor,
    });
    expect(next.body.data?.volunteerTeams).toMatchObject({
      nodes: [{ code: 'BAGUAMIAO_CREW' }],
      pageInfo: { hasNextPage: false },
    });

    const uncovered = await postGraphQL<TeamPage>(subgraph.url, query, { cell: UNKNOWN_ID });
    expect(uncovered.body.data?.volunteerTeams).toMatchObject({ nodes: [], totalCount: 0 });
  });

  it('adds volunteerTeams to a batch of grid cells in a fixed number of statements', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on GridCell { id volunteerTeams { code volunteers { name } } } } }`;
    const run = async (codes: string[]) => {
      statements.reset();
      const response = await postGraphQL<{
        _entities: Array<{ id: string; volunteerTeams: Array<{ code: string }> }>;
      }>(
        subgraph.url,
        query,
        {
          representations: codes.map((code) => ({
            __typename: 'GridCell',
            id: gridCellByCode(code).id,
          })),
        },
        { ...(await serviceHeaders()), ...admin },
      );
      expect(response.body.errors).toBeUndefined();
      return { response, count: statements.total };
    };
    const two = await run(['BGM-E01', 'BGM-C02']);
    const all = await run(gridCells.map((cell) => cell.code));
    expect(
      two.response.body.data?._entities.map((cell) => cell.volunteerTeams.map((team) => team.code)),
    ).toEqual([['ALLIANCE_YOUTH'], ['BAGUAMIAO_CREW']]);
    expect(all.response.body.data?._entities).toHaveLength(gridCells.length);
    expect(all.count).toBe(two.count);
    expect(all.count).toBe(2);
  });

  it('resolves VolunteerTeam references in one batch', async () => {
    statements.reset();
    const response = await postGraphQL<{ _entities: Array<{ code: string } | null> }>(
      subgraph.url,
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on VolunteerTeam { code } } }`,
      {
        representations: [youth?.id, crew?.id, UNKNOWN_ID].map((id) => ({
          __typename: 'VolunteerTeam',
          id,
        })),
      },
      await serviceHeaders(),
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities).toEqual([
      { code: 'ALLIANCE_YOUTH' },
      { code: 'BAGUAMIAO_CREW' },
      null,
    ]);
    expect(statements.total).toBe(1);
  });

  describe('registerVolunteer', () => {
    const mutation = `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id name phone team { code } } }`;

    it('adds a member to a team, trimming the name', async () => {
      const before = await countRows('volunteer');
      const response = await postGraphQL<{
        registerVolunteer: { name: string; phone: string; team: { code: string } };
      }>(
        subgraph.url,
        mutation,
        {
          input: { teamId: crew?.id, name: '  志愿者 新人 ', phone: '13900000001' },
        },
        admin,
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.registerVolunteer).toMatchObject({
        name: '志愿者 新人',
        phone: '13900000001',
        team: { code: 'BAGUAMIAO_CREW' },
      });
      expect(await countRows('volunteer')).toBe(before + 1);
    });

    it.each([
      ['name', { name: '   ', phone: '13900000002' }],
      ['phone', { name: '志愿者 甲', phone: '23900000002' }],
      ['phone', { name: '志愿者 甲', phone: '1390000000' }],
    ])('rejects a bad %s with BAD_USER_INPUT and writes nothing', async (field, values) => {
      const before = await countRows('volunteer');
      const response = await postGraphQL(
        subgraph.url,
        mutation,
        { input: { teamId: crew?.id, ...values } },
        admin,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
      expect(await countRows('volunteer')).toBe(before);
    });

    it('answers NOT_FOUND for an unknown team, BAD_USER_INPUT for a malformed one, and writes nothing', async () => {
      const before = await countRows('volunteer');
      for (const [teamId, code] of [
        [UNKNOWN_ID, 'NOT_FOUND'],
        ['not-a-uuid', 'BAD_USER_INPUT'],
      ] as const) {
        const response = await postGraphQL(
          subgraph.url,
          mutation,
          { input: { teamId, name: '志愿者 乙', phone: '13900000003' } },
          admin,
        );
        expect(response.body.errors?.[0]?.extensions).toMatchObject({ code, field: 'teamId' });
      }
      expect(await countRows('volunteer')).toBe(before);
    });

    // Issue 9, attacks 6 and 8: a NUL reached PostgreSQL (INTERNAL_SERVER_ERROR); a zero-width name was stored.
    it.each([
      ['a name of one zero-width space', '\u200B', 'visible characters'],
      ['a name of invisible characters only', '\u3000\u200D\uFEFF\u00AD', 'visible characters'],
      ['a NUL in the name', '志愿者\u0000丁', 'U+0000'],
    ])('refuses %s as BAD_USER_INPUT on name and writes nothing', async (_what, name, said) => {
      const before = await countRows('volunteer');
      const response = await postGraphQL(
        subgraph.url,
        mutation,
        { input: { teamId: youth?.id, name, phone: '13900000004' } },
        admin,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'name',
      });
      expect(response.body.errors?.[0]?.message).toContain(said);
      expect(await countRows('volunteer')).toBe(before);
    });

    it('answers CONFLICT for a phone number already registered', async () => {
      const before = await countRows('volunteer');
      const response = await postGraphQL(
        subgraph.url,
        mutation,
        { input: { teamId: youth?.id, name: '志愿者 丙', phone: volunteers[0]?.phone } },
        admin,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'phone',
      });
      expect(await countRows('volunteer')).toBe(before);
    });
  });

  it.each([
    ['volunteerTeam', `query($id: ID!) { volunteerTeam(id: $id) { code } }`],
    ['volunteerActivity', `query($id: ID!) { volunteerActivity(id: $id) { code } }`],
  ])('answers NOT_FOUND for an unknown %s id', async (_name, query) => {
    for (const id of [UNKNOWN_ID, 'not-a-uuid']) {
      const response = await postGraphQL(subgraph.url, query, { id });
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
    }
  });

  it('seeds idempotently', async () => {
    const { dataSource: again } = await createVolunteerSubgraph(
      subgraphDependencies('volunteer', { kind: 'postgres', url: database.url }),
    );
    try {
      const before = {
        teams: await countRows('volunteer_team'),
        cover: await countRows('volunteer_team_grid_cell'),
        shifts: await countRows('shift'),
        signUps: await countRows('shift_sign_up'),
        checkIns: await countRows('check_in'),
      };
      expect(await seedVolunteer(again)).toEqual({ inserted: 0 });
      expect(await countRows('volunteer_team')).toBe(volunteerTeams.length);
      expect(await countRows('volunteer_team_grid_cell')).toBe(before.cover);
      expect(await countRows('shift')).toBe(before.shifts);
      expect(await countRows('shift_sign_up')).toBe(before.signUps);
      expect(await countRows('check_in')).toBe(before.checkIns);
      expect(before.teams).toBe(volunteerTeams.length);
      expect(before.checkIns).toBe(lanternFestival.signUps.length);
    } finally {
      await again.destroy();
    }
  });
});
