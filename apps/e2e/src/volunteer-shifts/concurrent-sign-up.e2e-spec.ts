import { randomUUID } from 'node:crypto';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { type SeedUser, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import { addDays, shanghaiDateOf, shanghaiInstant } from '@erqi/shared/util-shanghai-time';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { systemAddresses } from '../support/system-file';

const crew = volunteerTeams.find((team) => team.code === 'BAGUAMIAO_CREW');

/**
 * Twenty crew members sign themselves up from their phones at the same moment for a shift that needs
 * five: through the gateway, exactly five get a place, fifteen hear CONFLICT, and the shift says 5.
 */
describe('signing up for a shift, twenty at once, through the gateway', () => {
  const system = systemAddresses();
  let admin: Record<string, string>;
  let lead: Record<string, string>;

  beforeAll(async () => {
    admin = await authHeaderFor(seedUser('ADMIN'));
    lead = await authHeaderFor(seedUser('VOLUNTEER_LEAD', (u) => u.teamCode === 'BAGUAMIAO_CREW'));
  });

  const gql = async <T>(
    headers: Record<string, string>,
    query: string,
    variables: Record<string, unknown>,
  ) => (await postGraphQL<T>(system.gatewayUrl, query, variables, headers)).body;

  it('gives exactly five places and answers CONFLICT to the other fifteen', async () => {
    const tomorrow = addDays(shanghaiDateOf(new Date()), 1);
    const code = `RUSH_${randomUUID().slice(0, 8).toUpperCase()}`;
    const activity = await gql<{ createVolunteerActivity: { id: string } }>(
      lead,
      `mutation($input: CreateVolunteerActivityInput!) { createVolunteerActivity(input: $input) { id } }`,
      {
        input: {
          code,
          name: '灯会加班（示例）',
          location: '贾鲁水镇',
          startsOn: tomorrow,
          endsOn: tomorrow,
        },
      },
    );
    expect(activity.errors).toBeUndefined();
    const post = await gql<{ addVolunteerPost: { id: string } }>(
      lead,
      `mutation($input: AddVolunteerPostInput!) { addVolunteerPost(input: $input) { id } }`,
      {
        input: {
          activityId: activity.data?.createVolunteerActivity.id,
          teamId: crew?.id,
          duty: 'ORDER_KEEPING',
          place: '贾鲁水镇主灯组展区',
        },
      },
    );
    expect(post.errors).toBeUndefined();
    const shift = await gql<{ addVolunteerShift: { id: string } }>(
      lead,
      `mutation($input: AddVolunteerShiftInput!) { addVolunteerShift(input: $input) { id } }`,
      {
        input: {
          postId: post.data?.addVolunteerPost.id,
          startsAt: shanghaiInstant(tomorrow, 18),
          endsAt: shanghaiInstant(tomorrow, 22),
          requiredHeadcount: 5,
        },
      },
    );
    expect(shift.errors).toBeUndefined();
    const shiftId = shift.data?.addVolunteerShift.id;

    // Twenty new members of the crew, each signed in as itself (VOLUNTEER bound to its volunteer).
    const people: SeedUser[] = [];
    for (let index = 0; index < 20; index += 1) {
      const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      const registered = await gql<{ registerVolunteer: { id: string } }>(
        admin,
        `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`,
        { input: { teamId: crew?.id, name: `志愿者 ${index + 1} 号`, phone } },
      );
      expect(registered.errors).toBeUndefined();
      people.push({
        subject: randomUUID(),
        login: `rush-${index}`,
        role: 'VOLUNTEER',
        name: `志愿者 ${index + 1} 号`,
        teamCode: 'BAGUAMIAO_CREW',
        volunteerId: registered.data?.registerVolunteer.id ?? '',
      });
    }
    const headers = await Promise.all(people.map((person) => authHeaderFor(person)));

    const results = await Promise.all(
      headers.map((header) =>
        gql<{ signUpForShift: { id: string } }>(
          header,
          `mutation($shiftId: ID!) { signUpForShift(shiftId: $shiftId) { id } }`,
          { shiftId },
        ),
      ),
    );
    const codes = results.map((body) => body.errors?.[0]?.extensions?.['code'] ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(5);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(15);

    const after = await gql<{
      volunteerActivity: { shifts: Array<{ signedUpCount: number; openPlaces: number }> };
    }>(
      admin,
      `query($id: ID!) { volunteerActivity(id: $id) { shifts { signedUpCount openPlaces } } }`,
      { id: activity.data?.createVolunteerActivity.id },
    );
    expect(after.data?.volunteerActivity.shifts).toEqual([{ signedUpCount: 5, openPlaces: 0 }]);
  });
});
