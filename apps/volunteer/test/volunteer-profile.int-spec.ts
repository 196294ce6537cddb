import { randomUUID } from 'node:crypto';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { serviceHeaders, TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { type GraphQLResponse, postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import {
  lanternFestival,
  type SeedUser,
  volunteers,
  volunteerTeams,
} from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { DataSource } from 'typeorm';
import { seedVolunteer } from '../src/seed';
import { createVolunteerSubgraph } from '../src/subgraph';

type Who = SeedUser['role'] | 'crewLead';

const crew = volunteerTeams.find((team) => team.code === 'BAGUAMIAO_CREW');
const youth = volunteerTeams.find((team) => team.code === 'ALLIANCE_YOUTH');
const crewMembers = volunteers.filter((volunteer) => volunteer.teamCode === 'BAGUAMIAO_CREW');
const me = seedUser('VOLUNTEER');
const mate = crewMembers.find((volunteer) => volunteer.id !== me.volunteerId);
const outsider = volunteers.find((volunteer) => volunteer.teamCode === 'ALLIANCE_YOUTH');
const masked = (phone: string): string => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

const register = `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id name phone skills active joinedOn } }`;
const change = `mutation($id: ID!, $input: UpdateVolunteerInput!) { updateVolunteer(id: $id, input: $input) { id name phone skills } }`;
const deactivate = `mutation($id: ID!) { deactivateVolunteer(id: $id) { id active } }`;
const one = `query($id: ID!) { volunteer(id: $id) { id name phone active team { code } } }`;

describe('volunteers: who they are, who sees their phone, changing and deactivating them', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  const headers = new Map<Who, Record<string, string>>();

  const gql = async <TData>(
    who: Who,
    query: string,
    variables: Record<string, unknown> = {},
    asGateway = false,
  ): Promise<GraphQLResponse<TData>> => {
    const auth = headers.get(who) ?? {};
    const extra = asGateway ? await serviceHeaders('gateway') : {};
    return (await postGraphQL<TData>(subgraph.url, query, variables, { ...auth, ...extra })).body;
  };
  const stored = async (id: string) =>
    (
      (await dataSource.query(
        `SELECT name, phone, skills, active, deactivated_at IS NOT NULL AS gone FROM volunteer.volunteer WHERE id = $1`,
        [id],
      )) as Array<Record<string, unknown>>
    )[0];
  /** A fresh crew member, so that a test changes nobody another test reads. */
  const newMember = async (skills: string[] = []): Promise<{ id: string; phone: string }> => {
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const body = await gql<{ registerVolunteer: { id: string } }>('crewLead', register, {
      input: { teamId: crew?.id, name: '志愿者 新人', phone, skills },
    });
    expect(body.errors).toBeUndefined();
    return { id: body.data?.registerVolunteer.id ?? '', phone };
  };

  beforeAll(async () => {
    for (const role of [
      'ADMIN',
      'SUPERVISOR',
      'VOLUNTEER',
      'GRID_WORKER',
      'VOLUNTEER_LEAD',
    ] as const)
      headers.set(role, await authHeaderFor(seedUser(role)));
    headers.set(
      'crewLead',
      await authHeaderFor(seedUser('VOLUNTEER_LEAD', (user) => user.teamCode === 'BAGUAMIAO_CREW')),
    );
    database = await createTestDatabase('volunteer_profile');
    const definition = await createVolunteerSubgraph(
      subgraphDependencies('volunteer', { kind: 'postgres', url: database.url }),
    );
    dataSource = definition.dataSource;
    await seedVolunteer(dataSource);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('volunteer-profile-test'),
    });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  describe('myVolunteer', () => {
    it('tells a VOLUNTEER who it is, its own phone in full', async () => {
      const body = await gql<{ myVolunteer: Record<string, unknown> }>(
        'VOLUNTEER',
        `{ myVolunteer { id name phone skills active joinedOn team { code } } }`,
      );
      expect(body.errors).toBeUndefined();
      const self = volunteers.find((volunteer) => volunteer.id === me.volunteerId);
      expect(body.data?.myVolunteer).toEqual({
        id: self?.id,
        name: self?.name,
        phone: self?.phone,
        skills: self?.skills,
        active: true,
        joinedOn: self?.joinedOn,
        team: { code: 'BAGUAMIAO_CREW' },
      });
    });

    it.each(['ADMIN', 'crewLead', 'SUPERVISOR'] as const)('is FORBIDDEN to %s', async (who) => {
      const body = await gql(who, `{ myVolunteer { id } }`);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('phones by role (need to know)', () => {
    const teamQuery = `query($id: ID!) { volunteerTeam(id: $id) { memberCount lead { name phone } volunteers { id name phone } } }`;
    type TeamView = {
      volunteerTeam: {
        memberCount: number;
        lead: { name: string; phone: string } | null;
        volunteers: Array<{ id: string; name: string; phone: string }>;
      };
    };

    it.each([
      ['ADMIN', 'full'],
      ['crewLead', 'full'],
      ['SUPERVISOR', 'masked'],
      ['VOLUNTEER', 'masked but its own'],
    ] as const)('%s sees the crew with phones %s', async (who, how) => {
      const body = await gql<TeamView>(who, teamQuery, { id: crew?.id });
      expect(body.errors).toBeUndefined();
      const team = body.data?.volunteerTeam;
      const expected = crewMembers
        .map((member) => ({
          id: member.id,
          name: member.name,
          phone:
            how === 'full' || (how === 'masked but its own' && member.id === me.volunteerId)
              ? member.phone
              : masked(member.phone),
        }))
        .sort((a, b) => a.id.localeCompare(b.id));
      expect([...(team?.volunteers ?? [])].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        expected,
      );
      expect(team?.memberCount).toBe(crewMembers.length);
      const lead = crewMembers.find((member) => member.id === crew?.leadVolunteerId);
      expect(team?.lead).toEqual({
        name: '八卦庙社区党委书记',
        phone: how === 'full' ? lead?.phone : masked(lead?.phone ?? ''),
      });
    });

    it.each(['VOLUNTEER', 'GRID_WORKER', 'VOLUNTEER_LEAD'] as const)(
      '%s sees no member and no lead of a team not its own, only how many there are',
      async (who) => {
        const team = who === 'GRID_WORKER' || who === 'VOLUNTEER_LEAD' ? crew : youth;
        const body = await gql<TeamView>(who, teamQuery, { id: team?.id });
        expect(body.errors).toBeUndefined();
        expect(body.data?.volunteerTeam).toMatchObject({ volunteers: [], lead: null });
        expect(body.data?.volunteerTeam.memberCount).toBeGreaterThan(0);
      },
    );

    it('applies the same rules through _entities', async () => {
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on VolunteerTeam { code lead { phone } volunteers { id phone } } } }`;
      const r = [crew, youth].map((team) => ({ __typename: 'VolunteerTeam', id: team?.id }));
      const supervisor = await gql<{
        _entities: Array<{ volunteers: Array<{ phone: string }>; lead: { phone: string } | null }>;
      }>('SUPERVISOR', query, { r }, true);
      expect(supervisor.errors).toBeUndefined();
      const phones = supervisor.data?._entities.flatMap((team) => team.volunteers) ?? [];
      expect(phones.length).toBeGreaterThan(0);
      expect(phones.every((member) => /^\d{3}\*{4}\d{4}$/.test(member.phone))).toBe(true);
      const volunteer = await gql<{
        _entities: Array<{ code: string; volunteers: Array<{ id: string; phone: string }> }>;
      }>('VOLUNTEER', query, { r }, true);
      expect(volunteer.errors).toBeUndefined();
      const [ownTeam, otherTeam] = volunteer.data?._entities ?? [];
      expect(otherTeam?.volunteers).toEqual([]);
      const self = ownTeam?.volunteers.find((member) => member.id === me.volunteerId);
      expect(self?.phone).toMatch(/^1\d{10}$/);
      expect(
        ownTeam?.volunteers
          .filter((member) => member.id !== me.volunteerId)
          .every((member) => member.phone.includes('****')),
      ).toBe(true);
    });
  });

  describe('volunteer(id)', () => {
    it.each([
      ['VOLUNTEER', 'itself', 'full', () => me.volunteerId],
      ['VOLUNTEER', 'a teammate', 'masked', () => mate?.id],
      ['crewLead', 'a member', 'full', () => mate?.id],
      ['SUPERVISOR', 'anyone', 'masked', () => outsider?.id],
      ['ADMIN', 'anyone', 'full', () => outsider?.id],
    ] as const)('%s reads %s, the phone %s', async (who, _whom, how, idOf) => {
      const id = idOf();
      const body = await gql<{ volunteer: { id: string; phone: string } }>(who, one, { id });
      expect(body.errors).toBeUndefined();
      const phone = volunteers.find((volunteer) => volunteer.id === id)?.phone ?? '';
      expect(body.data?.volunteer).toMatchObject({
        id,
        phone: how === 'full' ? phone : masked(phone),
      });
    });

    it.each([
      ['VOLUNTEER', 'a volunteer of another team', () => outsider?.id],
      ['VOLUNTEER_LEAD', 'a volunteer of another team', () => mate?.id],
      ['GRID_WORKER', 'any volunteer', () => mate?.id],
      ['GRID_WORKER', 'even an unknown id', () => randomUUID()],
    ] as const)('is FORBIDDEN to %s for %s, with no data', async (who, _whom, idOf) => {
      const body = await gql(who, one, { id: idOf() });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(body.data ?? null).toBeNull();
    });

    it('answers NOT_FOUND for an unknown id to those who may read volunteers', async () => {
      const body = await gql('SUPERVISOR', one, { id: randomUUID() });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });
  });

  describe('registerVolunteer and updateVolunteer', () => {
    it('registers a member with skills (each once, in a fixed order) and the day it joined', async () => {
      const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      const body = await gql<{
        registerVolunteer: { skills: string[]; active: boolean; joinedOn: string };
      }>('crewLead', register, {
        input: {
          teamId: crew?.id,
          name: '志愿者 新人',
          phone,
          skills: ['SIGN_LANGUAGE', 'FIRST_AID', 'SIGN_LANGUAGE'],
        },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.registerVolunteer).toMatchObject({
        skills: ['FIRST_AID', 'SIGN_LANGUAGE'],
        active: true,
        joinedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    });

    it('lets a volunteer change its own phone and skills', async () => {
      const self = volunteers.find((volunteer) => volunteer.id === me.volunteerId);
      const body = await gql<{ updateVolunteer: { phone: string; skills: string[] } }>(
        'VOLUNTEER',
        change,
        { id: me.volunteerId, input: { phone: '13912340000', skills: ['FIRST_AID'] } },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.updateVolunteer).toMatchObject({
        phone: '13912340000',
        skills: ['FIRST_AID'],
      });
      const back = await gql('VOLUNTEER', change, {
        id: me.volunteerId,
        input: { phone: self?.phone, skills: self?.skills },
      });
      expect(back.errors).toBeUndefined();
    });

    it.each([
      ['its own name', () => me.volunteerId, { name: '新名字' }],
      ["a teammate's skills", () => mate?.id, { skills: ['DRIVING'] }],
    ] as const)(
      'refuses a volunteer changing %s as FORBIDDEN, writing nothing',
      async (_what, idOf, input) => {
        const id = idOf() ?? '';
        const before = await stored(id);
        const body = await gql('VOLUNTEER', change, { id, input });
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
        expect(await stored(id)).toEqual(before);
      },
    );

    it("lets the team's lead rename a member; another team's lead is FORBIDDEN", async () => {
      const member = await newMember();
      const renamed = await gql<{ updateVolunteer: { name: string } }>('crewLead', change, {
        id: member.id,
        input: { name: ' 志愿者 改名 ' },
      });
      expect(renamed.errors).toBeUndefined();
      expect(renamed.data?.updateVolunteer.name).toBe('志愿者 改名');
      const other = await gql('VOLUNTEER_LEAD', change, { id: member.id, input: { name: 'x' } });
      expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect((await stored(member.id))?.['name']).toBe('志愿者 改名');
    });

    it.each([
      ['a blank name', { name: '\u3000' }, 'BAD_USER_INPUT', 'name'],
      ['a bad phone', { phone: '12345' }, 'BAD_USER_INPUT', 'phone'],
      // A value the schema cannot take is refused before any resolver, naming the argument.
      ['an unknown skill', { skills: ['JUGGLING'] }, 'BAD_USER_INPUT', 'input'],
      ['a phone taken', { phone: outsider?.phone }, 'CONFLICT', 'phone'],
    ])('refuses %s naming the field, writing nothing', async (_what, input, code, field) => {
      const member = await newMember();
      const before = await stored(member.id);
      const body = await gql('crewLead', change, { id: member.id, input });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await stored(member.id)).toEqual(before);
    });
  });

  describe('deactivateVolunteer', () => {
    it('takes a member out of the lists and off the lead, keeping its row and check-ins', async () => {
      const member = await newMember(['SNOW_CLEARING']);
      const shift = lanternFestival.shifts[0];
      await dataSource.query(
        `INSERT INTO volunteer.check_in (id, shift_id, volunteer_id, checked_in_at, checked_out_at)
         VALUES ($1, $2, $3, '2024-02-23T00:00:00Z', '2024-02-23T04:00:00Z')`,
        [randomUUID(), shift?.id, member.id],
      );
      const led = await gql(
        'crewLead',
        `mutation($id: ID!, $lead: ID) { updateVolunteerTeam(id: $id, input: { leadVolunteerId: $lead }) { id } }`,
        { id: crew?.id, lead: member.id },
      );
      expect(led.errors).toBeUndefined();

      const body = await gql<{ deactivateVolunteer: { active: boolean } }>('crewLead', deactivate, {
        id: member.id,
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.deactivateVolunteer.active).toBe(false);

      const team = await gql<{
        volunteerTeam: { memberCount: number; lead: null; volunteers: Array<{ id: string }> };
      }>(
        'crewLead',
        `query($id: ID!) { volunteerTeam(id: $id) { memberCount lead { id } volunteers { id } } }`,
        { id: crew?.id },
      );
      expect(team.data?.volunteerTeam.lead).toBeNull();
      expect(team.data?.volunteerTeam.volunteers.map((listed) => listed.id)).not.toContain(
        member.id,
      );
      expect(team.data?.volunteerTeam.memberCount).toBe(team.data?.volunteerTeam.volunteers.length);
      // Its history stays: readable by id, its check-in kept; it cannot lead the team again.
      const again = await gql<{ volunteer: { active: boolean } }>('crewLead', one, {
        id: member.id,
      });
      expect(again.data?.volunteer.active).toBe(false);
      const checkIns = (await dataSource.query(
        `SELECT count(*)::int AS n FROM volunteer.check_in WHERE volunteer_id = $1`,
        [member.id],
      )) as Array<{ n: number }>;
      expect(checkIns[0]?.n).toBe(1);
      const relead = await gql(
        'crewLead',
        `mutation($id: ID!, $lead: ID) { updateVolunteerTeam(id: $id, input: { leadVolunteerId: $lead }) { id } }`,
        { id: crew?.id, lead: member.id },
      );
      expect(relead.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'leadVolunteerId',
      });
      // The seed's lead again, for the tests that follow.
      await gql(
        'ADMIN',
        `mutation($id: ID!, $lead: ID) { updateVolunteerTeam(id: $id, input: { leadVolunteerId: $lead }) { id } }`,
        {
          id: crew?.id,
          lead: crew?.leadVolunteerId,
        },
      );
    });

    it.each(['VOLUNTEER', 'VOLUNTEER_LEAD', 'SUPERVISOR'] as const)(
      'is FORBIDDEN to %s (not the lead of the crew, nor ADMIN), writing nothing',
      async (who) => {
        const member = await newMember();
        const body = await gql(who, deactivate, { id: member.id });
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
        expect((await stored(member.id))?.['active']).toBe(true);
      },
    );
  });
});
