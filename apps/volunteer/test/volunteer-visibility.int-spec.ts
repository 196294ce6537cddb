import { randomUUID } from 'node:crypto';
import { volunteers } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { crew, masked, volunteerHarness, youth } from './volunteer-harness';

const crewMembers = volunteers.filter((volunteer) => volunteer.teamCode === 'BAGUAMIAO_CREW');
const me = seedUser('VOLUNTEER');
const mate = crewMembers.find((volunteer) => volunteer.id !== me.volunteerId);
const outsider = volunteers.find((volunteer) => volunteer.teamCode === 'ALLIANCE_YOUTH');
const one = `query($id: ID!) { volunteer(id: $id) { id name phone active team { code } } }`;

describe('volunteers: who they are and who sees their phone (need to know)', () => {
  const { gql } = volunteerHarness('volunteer_visibility');

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
});
