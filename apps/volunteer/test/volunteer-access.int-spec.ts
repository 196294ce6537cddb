import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { type GraphQLResponse, postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { volunteerTeamDispatchTopic } from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import {
  gridCellByCode,
  lanternFestival,
  type SeedUser,
  volunteers,
  volunteerTeams,
} from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { seedVolunteer } from '../src/seed';
import { createVolunteerSubgraph } from '../src/subgraph';
import { volunteerDispatchHandler } from '../src/volunteer-task/volunteer-task.consumer';
import { VolunteerTask } from '../src/volunteer-task/volunteer-task.entity';
import { VolunteerTaskService } from '../src/volunteer-task/volunteer-task.service';
import { volunteerDispatch } from './dispatch-events';

type Who = 'anonymous' | SeedUser['role'];
type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED';
type TeamCode = 'ALLIANCE_YOUTH' | 'BAGUAMIAO_CREW';

const EVERYONE: readonly Who[] = [
  'anonymous',
  'ENTERPRISE',
  'GRID_WORKER',
  'DEPARTMENT_STAFF',
  'VOLUNTEER_LEAD',
  'VOLUNTEER',
  'SUPERVISOR',
  'LEADER',
  'ADMIN',
];
const TEAMS: readonly TeamCode[] = ['ALLIANCE_YOUTH', 'BAGUAMIAO_CREW'];
const teamOf = (code: TeamCode) =>
  volunteerTeams.find((team) => team.code === code) as (typeof volunteerTeams)[number];
const membersOf = (code: TeamCode) => volunteers.filter((volunteer) => volunteer.teamCode === code);

/**
 * docs/ACCESS.md: whose volunteers and tasks each role sees, and whose it may manage. The seed lead leads
 * ALLIANCE_YOUTH; the seed VOLUNTEER is a member of BAGUAMIAO_CREW.
 */
const sees: Record<Who, readonly TeamCode[]> = {
  anonymous: [],
  ENTERPRISE: [],
  GRID_WORKER: [],
  DEPARTMENT_STAFF: [],
  VOLUNTEER_LEAD: ['ALLIANCE_YOUTH'],
  VOLUNTEER: ['BAGUAMIAO_CREW'],
  DEPUTY: [],
  STREET_COLLECTOR: [],
  HOTLINE_OPERATOR: [],
  EXPERIENCE_OFFICER: [],
  ADVISER: [],
  DISCIPLINE_OFFICER: [],
  SUPERVISOR: TEAMS,
  LEADER: [],
  // The community's roles (issue 14) see no volunteer data.
  COMMUNITY_STAFF: [],
  RESIDENT: [],
  ADMIN: TEAMS,
};
const manages: Record<Who, readonly TeamCode[]> = { ...sees, SUPERVISOR: [], VOLUNTEER: [] };
/** The volunteer the seed VOLUNTEER signs in as. */
const selfId = seedUser('VOLUNTEER').volunteerId;
const otherMemberOf = (code: TeamCode) =>
  membersOf(code).find((candidate) => candidate.id !== selfId);

/** A member's phone as `who` sees it: in full to ADMIN, the team's lead and the volunteer itself; masked to others. */
const phoneAs = (who: Who, member: { id: string; phone: string }): string =>
  who === 'ADMIN' || who === 'VOLUNTEER_LEAD' || (who === 'VOLUNTEER' && member.id === selfId)
    ? member.phone
    : `${member.phone.slice(0, 3)}****${member.phone.slice(-4)}`;

/** The outcome of asking for one thing of `team`: a list field never errs for a signed-in caller, one object does. */
const readOutcome = (who: Who, team: TeamCode): Outcome =>
  who === 'anonymous' ? 'UNAUTHENTICATED' : sees[who].includes(team) ? 'allowed' : 'FORBIDDEN';
const manageOutcome = (who: Who, team: TeamCode): Outcome =>
  who === 'anonymous' ? 'UNAUTHENTICATED' : manages[who].includes(team) ? 'allowed' : 'FORBIDDEN';

function expectOutcome(body: GraphQLResponse<unknown>, outcome: Outcome): void {
  if (outcome === 'allowed') {
    expect(body.errors).toBeUndefined();
  } else {
    expect(body.errors?.map((error) => error.extensions?.['code'])).toContain(outcome);
    expect(body.errors?.every((error) => error.extensions?.['code'] === outcome)).toBe(true);
  }
}

describe('volunteer subgraph: who may see and do what (docs/ACCESS.md)', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  /** One appeal spread to both teams: a task of each. */
  const appealId = randomUUID();
  const taskOf = {} as Record<TeamCode, VolunteerTask>;
  /** A shift of each team that is open for check-in now, its first member signed up. */
  const shiftOf = {} as Record<TeamCode, string>;
  /** Every body a role received, to look for another team's data in all of them at the end. */
  const received = new Map<Who, unknown[]>();

  const dispatch = async (
    code: TeamCode,
    appeal: string = randomUUID(),
  ): Promise<VolunteerTask> => {
    const team = teamOf(code);
    const event = volunteerDispatch(team, {
      appealId: appeal,
      data: { title: `${code} 的任务 ${randomUUID().slice(0, 8)}` },
    });
    await dataSource.transaction((manager) =>
      volunteerDispatchHandler(new VolunteerTaskService(dataSource, () => new Date()))(
        event,
        manager,
        volunteerTeamDispatchTopic(code),
      ),
    );
    return dataSource.getRepository(VolunteerTask).findOneByOrFail({ sourceEventId: event.id });
  };

  /** As the gateway sends it: the user's token (if any) and, for `_entities`, its own service token beside it. */
  const gql = async <TData>(
    who: Who,
    query: string,
    variables: Record<string, unknown> = {},
    asGateway = false,
  ): Promise<GraphQLResponse<TData>> => {
    const headers = {
      ...(who === 'anonymous' ? {} : await authHeaderFor(seedUser(who))),
      ...(asGateway ? await serviceHeaders('gateway') : {}),
    };
    const { body } = await postGraphQL<TData>(subgraph.url, query, variables, headers);
    received.set(who, [...(received.get(who) ?? []), body]);
    return body;
  };
  const count = async (table: string): Promise<number> =>
    (
      (await dataSource.query(`SELECT count(*)::int AS n FROM volunteer.${table}`)) as Array<{
        n: number;
      }>
    )[0]?.n ?? -1;

  /** A post of the team at the festival and a shift on it starting in ten minutes, a member (not the seed VOLUNTEER) signed up. */
  const openShift = async (code: TeamCode): Promise<string> => {
    const [postId, shiftId] = [randomUUID(), randomUUID()];
    const team = teamOf(code).id;
    await dataSource.query(
      `INSERT INTO volunteer.volunteer_post (id, volunteer_activity_id, volunteer_team_id, duty, place) VALUES ($1, $2, $3, 'GUIDANCE', '测试岗位')`,
      [postId, lanternFestival.id, team],
    );
    await dataSource.query(
      `INSERT INTO volunteer.shift (id, volunteer_activity_id, volunteer_post_id, volunteer_team_id, duty, starts_at, ends_at, required_headcount)
       VALUES ($1, $2, $3, $4, 'GUIDANCE', now() + interval '10 minutes', now() + interval '4 hours', 2)`,
      [shiftId, lanternFestival.id, postId, team],
    );
    await dataSource.query(
      `INSERT INTO volunteer.shift_sign_up (id, shift_id, volunteer_id, signed_up_at) VALUES ($1, $2, $3, now())`,
      [randomUUID(), shiftId, otherMemberOf(code)?.id],
    );
    return shiftId;
  };

  beforeAll(async () => {
    database = await createTestDatabase('volunteer_access');
    const definition = await createVolunteerSubgraph(
      subgraphDependencies('volunteer', { kind: 'postgres', url: database.url }),
    );
    dataSource = definition.dataSource;
    await seedVolunteer(dataSource);
    for (const code of TEAMS) taskOf[code] = await dispatch(code, appealId);
    for (const code of TEAMS) shiftOf[code] = await openShift(code);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('volunteer-access-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  describe.each(EVERYONE)('%s', (who) => {
    it('reads teams, their cells, activities and shifts: public', async () => {
      const queries: Array<[string, Record<string, unknown>, boolean]> = [
        [
          `{ volunteerTeams(first: 10) { totalCount nodes { code name gridCells { id } } } }`,
          {},
          false,
        ],
        [
          `query($id: ID!) { volunteerTeam(id: $id) { code gridCells { id } } }`,
          { id: teamOf('BAGUAMIAO_CREW').id },
          false,
        ],
        [`{ volunteerActivities { nodes { code } } }`, {}, false],
        [
          `query($id: ID!) { volunteerActivity(id: $id) { code shifts { duty team { code } } } }`,
          { id: lanternFestival.id },
          false,
        ],
        [
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on GridCell { volunteerTeams { code } } ... on VolunteerTeam { code } } }`,
          {
            r: [
              { __typename: 'GridCell', id: gridCellByCode('BGM-E01').id },
              { __typename: 'VolunteerTeam', id: teamOf('BAGUAMIAO_CREW').id },
            ],
          },
          true,
        ],
      ];
      for (const [query, variables, asGateway] of queries) {
        const body = await gql(who, query, variables, asGateway);
        expect(body.errors).toBeUndefined();
        expect(body.data).toBeTruthy();
      }
    });

    it('sees the volunteers of the teams in its scope, an empty list elsewhere', async () => {
      const query = `{ volunteerTeams(first: 10) { nodes { code volunteers { id name phone team { code } } } } }`;
      const body = await gql<{
        volunteerTeams: {
          nodes: Array<{
            code: TeamCode;
            volunteers: Array<{ id: string; phone: string; team: { code: string } }>;
          }>;
        };
      }>(who, query);
      if (who === 'anonymous') return expectOutcome(body, 'UNAUTHENTICATED');
      expectOutcome(body, 'allowed');
      // Teams are public: every team is listed, so the checks below run for each of them.
      expect(body.data?.volunteerTeams.nodes.map((team) => team.code)).toEqual(
        expect.arrayContaining([...TEAMS]),
      );
      for (const team of body.data?.volunteerTeams.nodes ?? []) {
        const expected = sees[who].includes(team.code)
          ? membersOf(team.code)
              .map((member) => phoneAs(who, member))
              .sort()
          : [];
        expect(team.volunteers.map((volunteer) => volunteer.phone).sort()).toEqual(expected);
        expect(team.volunteers.every((volunteer) => volunteer.team.code === team.code)).toBe(true);
      }
    });

    it('sees the tasks of the teams in its scope, on teams, appeals and through _entities', async () => {
      const onTeams = await gql<{
        volunteerTeams: {
          nodes: Array<{
            code: TeamCode;
            tasks: Array<{ id: string }>;
            open: Array<{ id: string }>;
          }>;
        };
      }>(
        who,
        `{ volunteerTeams(first: 10) { nodes { code tasks { id } open: tasks(status: OPEN, first: 5) { id } } } }`,
      );
      const onAppeal = await gql<{
        _entities: Array<{ volunteerTasks: Array<{ id: string; team: { code: string } }> }>;
      }>(
        who,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Appeal { volunteerTasks { id team { code } } } } }`,
        { r: [{ __typename: 'Appeal', id: appealId }] },
        true,
      );
      const nested = await gql<{
        _entities: Array<{
          volunteerTeams?: Array<{
            code: TeamCode;
            volunteers: Array<{ phone: string }>;
            tasks: Array<{ id: string }>;
          }>;
        }>;
      }>(
        who,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on GridCell { volunteerTeams { code volunteers { phone } tasks { id } } } } }`,
        {
          r: ['BGM-E01', 'BGM-C01'].map((code) => ({
            __typename: 'GridCell',
            id: gridCellByCode(code).id,
          })),
        },
        true,
      );
      if (who === 'anonymous') {
        for (const body of [onTeams, onAppeal, nested]) expectOutcome(body, 'UNAUTHENTICATED');
        return;
      }
      for (const body of [onTeams, onAppeal, nested]) expectOutcome(body, 'allowed');
      expect(onTeams.data?.volunteerTeams.nodes.map((team) => team.code)).toEqual(
        expect.arrayContaining([...TEAMS]),
      );
      expect(
        nested.data?._entities
          .flatMap((cell) => cell.volunteerTeams ?? [])
          .map((team) => team.code),
      ).toEqual(expect.arrayContaining([...TEAMS]));
      for (const team of onTeams.data?.volunteerTeams.nodes ?? []) {
        if (sees[who].includes(team.code)) {
          expect(team.tasks.map((task) => task.id)).toContain(taskOf[team.code].id);
          expect(team.tasks.map((task) => task.id)).not.toContain(taskOf[other(team.code)].id);
        } else {
          expect(team).toMatchObject({ tasks: [], open: [] });
        }
      }
      expect(
        onAppeal.data?._entities[0]?.volunteerTasks.map((task) => task.team.code).sort(),
      ).toEqual([...sees[who]].sort());
      for (const team of nested.data?._entities.flatMap((cell) => cell.volunteerTeams ?? []) ??
        []) {
        if (sees[who].includes(team.code)) {
          expect(team.volunteers.map((volunteer) => volunteer.phone).sort()).toEqual(
            membersOf(team.code)
              .map((member) => phoneAs(who, member))
              .sort(),
          );
        } else {
          expect(team).toMatchObject({ volunteers: [], tasks: [] });
        }
      }
    });

    it.each(TEAMS)('volunteerTask(id) of %s', async (code) => {
      const body = await gql<{ volunteerTask: { id: string; team: { code: string } } }>(
        who,
        `query($id: ID!) { volunteerTask(id: $id) { id title team { code } } }`,
        { id: taskOf[code].id },
      );
      expectOutcome(body, readOutcome(who, code));
      if (readOutcome(who, code) === 'allowed')
        expect(body.data?.volunteerTask).toMatchObject({ id: taskOf[code].id, team: { code } });
      else expect(body.data ?? null).toBeNull();
    });

    it('VolunteerTask through _entities: each one by the same rule', async () => {
      const body = await gql<{ _entities: Array<{ id: string } | null> }>(
        who,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on VolunteerTask { id title } } }`,
        { r: TEAMS.map((code) => ({ __typename: 'VolunteerTask', id: taskOf[code].id })) },
        true,
      );
      const outcomes = TEAMS.map((code) => readOutcome(who, code));
      expect(body.data?._entities).toEqual(
        TEAMS.map((code, index) =>
          outcomes[index] === 'allowed' ? { id: taskOf[code].id, title: taskOf[code].title } : null,
        ),
      );
      const codes = (body.errors ?? []).map((error) => error.extensions?.['code']).sort();
      expect(codes).toEqual(outcomes.filter((outcome) => outcome !== 'allowed').sort());
    });

    it.each(TEAMS)('registerVolunteer to %s', async (code) => {
      const before = await count('volunteer');
      const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      const body = await gql<{ registerVolunteer: { phone: string; team: { code: string } } }>(
        who,
        `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id phone team { code } } }`,
        { input: { teamId: teamOf(code).id, name: '志愿者 新人', phone } },
      );
      const outcome = manageOutcome(who, code);
      expectOutcome(body, outcome);
      if (outcome === 'allowed') {
        expect(body.data?.registerVolunteer).toEqual({
          id: expect.any(String),
          phone,
          team: { code },
        });
        await dataSource.query(`DELETE FROM volunteer.volunteer WHERE phone = $1`, [phone]);
      } else {
        expect(await count('volunteer')).toBe(before);
      }
    });

    it.each(TEAMS)('checkInVolunteer and checkOutVolunteer on a shift of %s', async (code) => {
      // Not the seed VOLUNTEER itself: checking oneself in is the shift specs' matter.
      const member = otherMemberOf(code);
      const ids = { shiftId: shiftOf[code], volunteerId: member?.id };
      const outcome = manageOutcome(who, code);
      const checkIn = await gql<{ checkInVolunteer: { volunteer: { name: string } } }>(
        who,
        `mutation($shiftId: ID!, $volunteerId: ID!) { checkInVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) { checkedOutAt volunteer { name phone } } }`,
        ids,
      );
      expectOutcome(checkIn, outcome);
      const checkOut = await gql<{ checkOutVolunteer: { serviceHours: number } }>(
        who,
        `mutation($shiftId: ID!, $volunteerId: ID!) { checkOutVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) { serviceHours volunteer { name } } }`,
        ids,
      );
      expectOutcome(checkOut, outcome);
      if (outcome === 'allowed') {
        expect(checkIn.data?.checkInVolunteer.volunteer.name).toBe(member?.name);
        expect(checkOut.data?.checkOutVolunteer.serviceHours).toBeGreaterThanOrEqual(0);
      }
      const rows = (await dataSource.query(
        `SELECT count(*)::int AS n FROM volunteer.check_in WHERE shift_id = $1 AND volunteer_id = $2`,
        [ids.shiftId, ids.volunteerId],
      )) as Array<{ n: number }>;
      expect(rows[0]?.n).toBe(outcome === 'allowed' ? 1 : 0);
      await dataSource.query(
        `DELETE FROM volunteer.check_in WHERE shift_id = $1 AND volunteer_id = $2`,
        [ids.shiftId, ids.volunteerId],
      );
    });

    it.each(TEAMS)('updateVolunteerTaskStatus on a task of %s', async (code) => {
      const task = await dispatch(code);
      const body = await gql<{ updateVolunteerTaskStatus: { status: string } }>(
        who,
        `mutation($id: ID!) { updateVolunteerTaskStatus(id: $id, status: IN_PROGRESS) { id status } }`,
        { id: task.id },
      );
      const outcome = manageOutcome(who, code);
      expectOutcome(body, outcome);
      const stored = await dataSource.getRepository(VolunteerTask).findOneByOrFail({ id: task.id });
      expect(stored.status).toBe(outcome === 'allowed' ? 'IN_PROGRESS' : 'OPEN');
      await dataSource.getRepository(VolunteerTask).delete({ id: task.id });
    });

    it('never received a volunteer or task of a team outside its scope, in any response', () => {
      const hidden = TEAMS.filter((code) => !sees[who].includes(code));
      const secrets = hidden.flatMap((code) => [
        taskOf[code].id,
        taskOf[code].title,
        ...membersOf(code).flatMap((member) => [member.id, member.phone, member.name]),
      ]);
      const everything = JSON.stringify(received.get(who) ?? []);
      expect(secrets.filter((secret) => everything.includes(secret))).toEqual([]);
    });
  });

  it('a service token alone (the gateway without a user) sees no volunteer and no task', async () => {
    const headers = await serviceHeaders('gateway');
    const entities = await postGraphQL(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Appeal { volunteerTasks { id } } ... on VolunteerTask { id } ... on VolunteerTeam { volunteers { phone } } } }`,
      {
        r: [
          { __typename: 'Appeal', id: appealId },
          { __typename: 'VolunteerTask', id: taskOf.ALLIANCE_YOUTH.id },
          { __typename: 'VolunteerTeam', id: teamOf('ALLIANCE_YOUTH').id },
        ],
      },
      headers,
    );
    expect(entities.body.errors?.map((error) => error.extensions?.['code'])).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    const task = await postGraphQL(
      subgraph.url,
      `query($id: ID!) { volunteerTask(id: $id) { id } }`,
      { id: taskOf.ALLIANCE_YOUTH.id },
      headers,
    );
    expectOutcome(task.body, 'UNAUTHENTICATED');
    const move = await postGraphQL(
      subgraph.url,
      `mutation($id: ID!) { updateVolunteerTaskStatus(id: $id, status: IN_PROGRESS) { id } }`,
      { id: taskOf.ALLIANCE_YOUTH.id },
      headers,
    );
    expectOutcome(move.body, 'UNAUTHENTICATED');
  });

  it('a role that sees no team is refused one task before any lookup: an unknown id is FORBIDDEN too, not NOT_FOUND', async () => {
    const body = await gql('ENTERPRISE', `query($id: ID!) { volunteerTask(id: $id) { id } }`, {
      id: randomUUID(),
    });
    expectOutcome(body, 'FORBIDDEN');
  });
});

function other(code: TeamCode): TeamCode {
  return code === 'ALLIANCE_YOUTH' ? 'BAGUAMIAO_CREW' : 'ALLIANCE_YOUTH';
}
