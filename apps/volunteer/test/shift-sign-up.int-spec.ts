import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { type GraphQLResponse, postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import { lanternFestival, volunteers, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { DataSource } from 'typeorm';
import { seedVolunteer } from '../src/seed';
import { createVolunteerSubgraph } from '../src/subgraph';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const crew = volunteerTeams.find((team) => team.code === 'BAGUAMIAO_CREW');
const members = volunteers.filter((volunteer) => volunteer.teamCode === 'BAGUAMIAO_CREW');
const outsider = volunteers.find((volunteer) => volunteer.teamCode === 'ALLIANCE_YOUTH');
const shanghai = (text: string): Date => new Date(`${text}+08:00`);
const MINUTE = 60_000;

/** Planning, sign-ups, check-in windows and hours, on a clock the test moves (the grace is 30 minutes). */
describe('shifts: planning, sign-up, check-in and hours', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let dataSource: DataSource;
  let now = shanghai('2025-01-20T09:00:00');
  let admin: Record<string, string>;
  let lead: Record<string, string>;
  let otherLead: Record<string, string>;
  let self: Record<string, string>;
  let me: string;
  let activityId: string;
  let postId: string;

  const gql = async <T>(
    headers: Record<string, string>,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> =>
    (await postGraphQL<T>(subgraph.url, query, variables, headers)).body;
  const count = async (table: string): Promise<number> =>
    (
      (await dataSource.query(`SELECT count(*)::int AS n FROM volunteer.${table}`)) as Array<{
        n: number;
      }>
    )[0]?.n ?? -1;
  const errorOf = (body: GraphQLResponse<unknown>) => body.errors?.[0]?.extensions;

  const addShift = `mutation($input: AddVolunteerShiftInput!) { addVolunteerShift(input: $input) { id requiredHeadcount signedUpCount openPlaces post { place duty } } }`;
  const signUp = `mutation($shiftId: ID!, $volunteerId: ID) { signUpForShift(shiftId: $shiftId, volunteerId: $volunteerId) { id volunteer { name } shift { signedUpCount openPlaces } } }`;
  const cancel = `mutation($shiftId: ID!, $volunteerId: ID) { cancelShiftSignUp(shiftId: $shiftId, volunteerId: $volunteerId) }`;
  const checkIn = `mutation($shiftId: ID!, $volunteerId: ID) { checkInVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) { checkedInAt checkedOutAt } }`;
  const checkOut = `mutation($shiftId: ID!, $volunteerId: ID) { checkOutVolunteer(shiftId: $shiftId, volunteerId: $volunteerId) { checkedOutAt serviceHours } }`;

  const shift = async (
    startsAt: string,
    endsAt: string,
    requiredHeadcount = 2,
  ): Promise<string> => {
    const body = await gql<{ addVolunteerShift: { id: string } }>(lead, addShift, {
      input: { postId, startsAt: shanghai(startsAt), endsAt: shanghai(endsAt), requiredHeadcount },
    });
    expect(body.errors).toBeUndefined();
    return body.data?.addVolunteerShift.id ?? '';
  };

  beforeAll(async () => {
    admin = await authHeaderFor(seedUser('ADMIN'));
    lead = await authHeaderFor(seedUser('VOLUNTEER_LEAD', (u) => u.teamCode === 'BAGUAMIAO_CREW'));
    otherLead = await authHeaderFor(
      seedUser('VOLUNTEER_LEAD', (u) => u.teamCode === 'ALLIANCE_YOUTH'),
    );
    const volunteerUser = seedUser('VOLUNTEER');
    self = await authHeaderFor(volunteerUser);
    me = volunteerUser.volunteerId ?? '';
    database = await createTestDatabase('volunteer_shifts');
    const definition = await createVolunteerSubgraph(
      subgraphDependencies(
        'volunteer',
        { kind: 'postgres', url: database.url },
        { clock: () => now },
      ),
    );
    dataSource = definition.dataSource;
    await seedVolunteer(dataSource, now);
    subgraph = await startSubgraph(definition, {
      port: 0,
      rateLimit: TEST_RATE_LIMIT,
      logger: createLogger('volunteer-shifts-test'),
    });
    const activity = await gql<{ createVolunteerActivity: { id: string } }>(
      lead,
      `mutation($input: CreateVolunteerActivityInput!) { createVolunteerActivity(input: $input) { id code startsOn endsOn } }`,
      {
        input: {
          code: 'WINTER_WATCH_2025',
          name: '冬季夜间巡防（示例）',
          location: '八卦庙社区',
          startsOn: '2025-01-30',
          endsOn: '2025-02-02',
        },
      },
    );
    expect(activity.errors).toBeUndefined();
    activityId = activity.data?.createVolunteerActivity.id ?? '';
    const post = await gql<{ addVolunteerPost: { id: string; team: { code: string } } }>(
      lead,
      `mutation($input: AddVolunteerPostInput!) { addVolunteerPost(input: $input) { id duty place team { code } activity { code } } }`,
      {
        input: { activityId, teamId: crew?.id, duty: 'SNOW_AND_ICE_CLEARING', place: '八卦庙路口' },
      },
    );
    expect(post.errors).toBeUndefined();
    expect(post.data?.addVolunteerPost.team.code).toBe('BAGUAMIAO_CREW');
    postId = post.data?.addVolunteerPost.id ?? '';
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  beforeEach(() => {
    now = shanghai('2025-01-20T09:00:00');
  });

  it('refuses bad plans naming the field, and writes nothing', async () => {
    const before = { shifts: await count('shift'), activities: await count('volunteer_activity') };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startsAt: '2025-01-31T20:00:00', endsAt: '2025-01-31T18:00:00' }, 'endsAt'],
      [{ startsAt: '2025-01-31T20:00:00', endsAt: '2025-01-31T20:00:00' }, 'endsAt'],
      [
        { startsAt: '2025-01-31T18:00:00', endsAt: '2025-01-31T20:00:00', n: 0 },
        'requiredHeadcount',
      ],
      [
        { startsAt: '2025-01-31T18:00:00', endsAt: '2025-01-31T20:00:00', n: -3 },
        'requiredHeadcount',
      ],
      [{ startsAt: '2025-02-05T18:00:00', endsAt: '2025-02-05T20:00:00' }, 'startsAt'],
    ];
    for (const [input, field] of cases) {
      const body = await gql(lead, addShift, {
        input: {
          postId,
          startsAt: shanghai(String(input['startsAt'])),
          endsAt: shanghai(String(input['endsAt'])),
          requiredHeadcount: input['n'] ?? 2,
        },
      });
      expect({ field, error: errorOf(body) }).toMatchObject({
        field,
        error: { code: 'BAD_USER_INPUT', field },
      });
    }
    const backwards = await gql(
      admin,
      `mutation($input: CreateVolunteerActivityInput!) { createVolunteerActivity(input: $input) { id } }`,
      {
        input: {
          code: 'BACKWARDS_2025',
          name: '倒序活动',
          location: '八卦庙社区',
          startsOn: '2025-03-02',
          endsOn: '2025-03-01',
        },
      },
    );
    expect(errorOf(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    const unknownPost = await gql(lead, addShift, {
      input: {
        postId: UNKNOWN_ID,
        startsAt: shanghai('2025-01-31T18:00:00'),
        endsAt: shanghai('2025-01-31T20:00:00'),
        requiredHeadcount: 1,
      },
    });
    expect(errorOf(unknownPost)).toMatchObject({ code: 'NOT_FOUND', field: 'postId' });
    const notTheirs = await gql(otherLead, addShift, {
      input: {
        postId,
        startsAt: shanghai('2025-01-31T18:00:00'),
        endsAt: shanghai('2025-01-31T20:00:00'),
        requiredHeadcount: 1,
      },
    });
    expect(errorOf(notTheirs)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count('shift')).toBe(before.shifts);
    expect(await count('volunteer_activity')).toBe(before.activities);
  });

  it('fills a shift to its headcount and no further, and refuses two overlapping shifts', async () => {
    const evening = await shift('2025-01-30T18:00:00', '2025-01-30T22:00:00', 2);
    const mine = await gql<{ signUpForShift: { volunteer: { name: string } } }>(self, signUp, {
      shiftId: evening,
    });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.signUpForShift.volunteer.name).toBe(members[0]?.name);
    const second = await gql<{ signUpForShift: { shift: { openPlaces: number } } }>(lead, signUp, {
      shiftId: evening,
      volunteerId: members[1]?.id,
    });
    expect(second.data?.signUpForShift.shift).toEqual({ signedUpCount: 2, openPlaces: 0 });
    const full = await gql(lead, signUp, { shiftId: evening, volunteerId: members[2]?.id });
    expect(errorOf(full)).toMatchObject({ code: 'CONFLICT', field: 'shiftId' });
    const twice = await gql(self, signUp, { shiftId: evening });
    expect(errorOf(twice)).toMatchObject({ code: 'CONFLICT' });

    // 20:00–02:00 overlaps the evening 马超 holds; 22:00 onwards does not (end meets start).
    const late = await shift('2025-01-30T20:00:00', '2025-01-31T02:00:00', 3);
    const overlapping = await gql(self, signUp, { shiftId: late });
    expect(errorOf(overlapping)).toMatchObject({ code: 'CONFLICT', field: 'shiftId' });
    const after = await shift('2025-01-30T22:00:00', '2025-01-31T02:00:00', 3);
    expect((await gql(self, signUp, { shiftId: after })).errors).toBeUndefined();
    expect((await gql(self, cancel, { shiftId: after })).data).toEqual({ cancelShiftSignUp: true });
    expect((await gql(self, cancel, { shiftId: after })).data).toEqual({
      cancelShiftSignUp: false,
    });

    // What each sees of the sign-ups: the lead all, the volunteer its own.
    const view = `query($id: ID!) { volunteerActivity(id: $id) { shifts { id signUps { volunteer { id } } mySignUp { id } } } }`;
    type View = {
      volunteerActivity: {
        shifts: Array<{
          id: string;
          signUps: Array<{ volunteer: { id: string } }>;
          mySignUp: { id: string } | null;
        }>;
      };
    };
    const byLead = await gql<View>(lead, view, { id: activityId });
    const byMe = await gql<View>(self, view, { id: activityId });
    const byOtherLead = await gql<View>(otherLead, view, { id: activityId });
    const on = (body: GraphQLResponse<View>) =>
      body.data?.volunteerActivity.shifts.find((candidate) => candidate.id === evening);
    expect(on(byLead)?.signUps).toHaveLength(2);
    expect(on(byLead)?.mySignUp).toBeNull();
    expect(on(byMe)?.signUps).toEqual([{ volunteer: { id: me } }]);
    expect(on(byMe)?.mySignUp).toEqual({ id: expect.any(String) });
    expect(on(byOtherLead)?.signUps).toEqual([]);
  });

  it('lets one of two overlapping sign-ups of one volunteer through when they arrive together', async () => {
    const [a, b] = [
      await shift('2025-02-01T14:00:00', '2025-02-01T18:00:00', 5),
      await shift('2025-02-01T16:00:00', '2025-02-01T20:00:00', 5),
    ];
    const volunteerId = members[2]?.id;
    const results = await Promise.all(
      [a, b, a, b].map((shiftId) => gql(lead, signUp, { shiftId, volunteerId })),
    );
    expect(results.filter((body) => body.errors === undefined)).toHaveLength(1);
    expect(results.filter((body) => errorOf(body)?.['code'] === 'CONFLICT')).toHaveLength(3);
  });

  it('refuses a started shift, a stranger and an unknown volunteer, writing nothing', async () => {
    const morning = await shift('2025-01-31T06:00:00', '2025-01-31T10:00:00', 2);
    const before = await count('shift_sign_up');
    const stranger = await gql(admin, signUp, { shiftId: morning, volunteerId: outsider?.id });
    expect(errorOf(stranger)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'volunteerId' });
    const unknown = await gql(lead, signUp, { shiftId: morning, volunteerId: UNKNOWN_ID });
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'volunteerId' });
    const noShift = await gql(self, signUp, { shiftId: UNKNOWN_ID });
    expect(errorOf(noShift)).toMatchObject({ code: 'NOT_FOUND', field: 'shiftId' });
    const someoneElse = await gql(self, signUp, { shiftId: morning, volunteerId: members[1]?.id });
    expect(errorOf(someoneElse)).toMatchObject({ code: 'FORBIDDEN' });
    now = shanghai('2025-01-31T06:00:00');
    const started = await gql(self, signUp, { shiftId: morning });
    expect(errorOf(started)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shiftId' });
    // The festival of 2024 is long past.
    const past = await gql(self, signUp, { shiftId: lanternFestival.shifts[0]?.id });
    expect(errorOf(past)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shiftId' });
    expect(await count('shift_sign_up')).toBe(before);
  });

  it('opens check-in 30 minutes before the shift and check-out until 30 minutes after, once each', async () => {
    const day = await shift('2025-02-01T08:00:00', '2025-02-01T12:00:00', 2);
    expect((await gql(self, signUp, { shiftId: day })).errors).toBeUndefined();
    const latecomer = members[1]?.id;
    expect(
      (await gql(lead, signUp, { shiftId: day, volunteerId: latecomer })).errors,
    ).toBeUndefined();
    const notSignedUp = await gql(lead, checkIn, { shiftId: day, volunteerId: members[3]?.id });
    now = shanghai('2025-02-01T07:29:00');
    expect(errorOf(await gql(self, checkIn, { shiftId: day }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'shiftId',
    });
    expect(errorOf(notSignedUp)).toMatchObject({ code: 'CONFLICT', field: 'volunteerId' });
    now = shanghai('2025-02-01T07:31:00');
    const first = await gql<{ checkInVolunteer: { checkedInAt: string } }>(self, checkIn, {
      shiftId: day,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.checkInVolunteer.checkedInAt).toBe(now.toISOString());
    expect(errorOf(await gql(self, checkIn, { shiftId: day }))).toMatchObject({ code: 'CONFLICT' });
    const cancelStarted = await gql(self, cancel, { shiftId: day });
    expect(errorOf(cancelStarted)).toMatchObject({ code: 'CONFLICT', field: 'shiftId' });
    now = new Date(shanghai('2025-02-01T12:00:00').getTime() + 31 * MINUTE);
    expect(errorOf(await gql(self, checkOut, { shiftId: day }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'shiftId',
    });
    now = new Date(shanghai('2025-02-01T12:00:00').getTime() + 29 * MINUTE);
    const out = await gql<{ checkOutVolunteer: { serviceHours: number } }>(self, checkOut, {
      shiftId: day,
    });
    expect(out.data?.checkOutVolunteer.serviceHours).toBe(4.97);
    expect(errorOf(await gql(self, checkOut, { shiftId: day }))).toMatchObject({
      code: 'CONFLICT',
    });
    // A lead checking a member in after the shift ended is refused as well.
    now = shanghai('2025-02-01T12:01:00');
    const late = await gql(lead, checkIn, { shiftId: day, volunteerId: latecomer });
    expect(errorOf(late)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shiftId' });
  });

  it('counts hours across midnight and a month end, by month and by activity', async () => {
    const night = await shift('2025-01-31T22:00:00', '2025-02-01T06:00:00', 1);
    expect(
      (await gql(lead, signUp, { shiftId: night, volunteerId: members[4]?.id })).errors,
    ).toBeUndefined();
    now = shanghai('2025-01-31T21:50:00');
    expect(
      (await gql(lead, checkIn, { shiftId: night, volunteerId: members[4]?.id })).errors,
    ).toBeUndefined();
    now = shanghai('2025-02-01T06:05:00');
    expect(
      (await gql(lead, checkOut, { shiftId: night, volunteerId: members[4]?.id })).errors,
    ).toBeUndefined();

    const hours = `query($id: ID!, $from: Date, $to: Date) { volunteerTeam(id: $id) { volunteers { id serviceHours(from: $from, to: $to) { totalHours byMonth { month hours } byActivity { activity { code } hours } } } } }`;
    type Hours = {
      volunteerTeam: {
        volunteers: Array<{
          id: string;
          serviceHours: {
            totalHours: number;
            byMonth: Array<{ month: string; hours: number }>;
            byActivity: Array<{ activity: { code: string }; hours: number }>;
          };
        }>;
      };
    };
    const of = (body: GraphQLResponse<Hours>) =>
      body.data?.volunteerTeam.volunteers.find((volunteer) => volunteer.id === members[4]?.id)
        ?.serviceHours;
    const winter = await gql<Hours>(lead, hours, {
      id: crew?.id,
      from: '2025-01-01',
      to: '2025-02-28',
    });
    expect(winter.errors).toBeUndefined();
    // 21:50 → 24:00 is 2.17 hours of January, 00:00 → 06:05 is 6.08 of February.
    expect(of(winter)).toEqual({
      totalHours: 8.25,
      byMonth: [
        { month: '2025-01', hours: 2.17 },
        { month: '2025-02', hours: 6.08 },
      ],
      byActivity: [{ activity: { code: 'WINTER_WATCH_2025' }, hours: 8.25 }],
    });
    const february = await gql<Hours>(lead, hours, { id: crew?.id, from: '2025-02-01' });
    expect(of(february)?.totalHours).toBe(6.08);
    // With no range the festival's seeded hours count too, the festival's its own line.
    const all = await gql<Hours>(lead, hours, { id: crew?.id });
    expect(
      of(all)
        ?.byActivity.map((row) => row.activity.code)
        .sort(),
    ).toEqual(['LANTERN_FESTIVAL_2024', 'WINTER_WATCH_2025']);
    expect(of(all)?.byMonth[0]?.month).toBe('2024-02');
  });

  it('lists the shifts still short of volunteers, soonest first, leaving out full and ended ones', async () => {
    const gaps = `query($id: ID!) { staffingGaps(activityId: $id) { missing shift { id startsAt requiredHeadcount signedUpCount } } }`;
    type Gaps = {
      staffingGaps: Array<{
        missing: number;
        shift: { id: string; startsAt: string; signedUpCount: number; requiredHeadcount: number };
      }>;
    };
    const body = await gql<Gaps>({}, gaps, { id: activityId });
    expect(body.errors).toBeUndefined();
    const list = body.data?.staffingGaps ?? [];
    expect(list.length).toBeGreaterThan(0);
    const starts = list.map((gap) => Date.parse(gap.shift.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const gap of list)
      expect(gap.missing).toBe(gap.shift.requiredHeadcount - gap.shift.signedUpCount);
    expect(list.every((gap) => gap.missing > 0)).toBe(true);
    const firstStart = list[0]?.shift.startsAt ?? '';
    // Once the first gap's shift has ended it is no longer listed.
    const firstId = list[0]?.shift.id;
    now = new Date(Date.parse(firstStart) + 24 * 3600_000);
    const later = await gql<Gaps>({}, gaps, { id: activityId });
    expect(later.data?.staffingGaps.map((gap) => gap.shift.id)).not.toContain(firstId);
    expect(errorOf(await gql({}, gaps, { id: UNKNOWN_ID }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
