import { randomUUID } from 'node:crypto';
import { lanternFestival, volunteers } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { crew, volunteerHarness } from './volunteer-harness';

const me = seedUser('VOLUNTEER');
const mate = volunteers.find(
  (volunteer) => volunteer.teamCode === 'BAGUAMIAO_CREW' && volunteer.id !== me.volunteerId,
);
const outsider = volunteers.find((volunteer) => volunteer.teamCode === 'ALLIANCE_YOUTH');

const register = `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id name phone skills active joinedOn } }`;
const change = `mutation($id: ID!, $input: UpdateVolunteerInput!) { updateVolunteer(id: $id, input: $input) { id name phone skills } }`;
const deactivate = `mutation($id: ID!) { deactivateVolunteer(id: $id) { id active } }`;
const one = `query($id: ID!) { volunteer(id: $id) { id name phone active team { code } } }`;

describe('volunteers: registering, changing and deactivating them', () => {
  const harness = volunteerHarness('volunteer_changes');
  const { gql, stored, newMember } = harness;

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
      await harness.dataSource.query(
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
      const checkIns = (await harness.dataSource.query(
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
