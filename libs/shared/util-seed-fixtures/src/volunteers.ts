import { gridCellByCode } from './places';
import { stableId } from './stable-id';

export type VolunteerDuty =
  'GUIDANCE' | 'ORDER_KEEPING' | 'HELPING_VULNERABLE' | 'SNOW_AND_ICE_CLEARING';

/** 急救, 手语, 除雪, 助老, 向导, 驾驶: what a volunteer can do. */
export type VolunteerSkill =
  'FIRST_AID' | 'SIGN_LANGUAGE' | 'SNOW_CLEARING' | 'ELDER_CARE' | 'GUIDING' | 'DRIVING';

export interface VolunteerTeamFixture {
  id: string;
  code: string;
  name: string;
  /** 所属社区 */
  community: string;
  gridCellIds: string[];
  /** The member who leads the team (队长), by id; null when none is named. */
  leadVolunteerId: string | null;
}

export interface VolunteerFixture {
  id: string;
  teamCode: string;
  name: string;
  phone: string;
  skills: VolunteerSkill[];
  /** The day the volunteer joined the team, in Asia/Shanghai. */
  joinedOn: string;
}

/** 岗位: one duty at one place of an activity, staffed by one team. */
export interface VolunteerPostFixture {
  id: string;
  duty: VolunteerDuty;
  /** Where in the activity's grounds; the festival's places are sample (the article names none). */
  place: string;
  teamCode: string;
}

export interface ShiftFixture {
  id: string;
  postId: string;
  /** The day of the activity, 0-based. */
  day: number;
  startHour: number;
  /** Past 24 for a night shift that ends the next morning. */
  endHour: number;
  requiredHeadcount: number;
  duty: VolunteerDuty;
  teamCode: string;
}

/** A member's sign-up to a shift, with the check-in and check-out the explorer counts hours from. */
export interface ShiftSignUpFixture {
  id: string;
  shiftId: string;
  volunteerId: string;
  /** Minutes after the shift's start the member checked in, and before its end they checked out. */
  checkInLateMinutes: number;
  checkOutEarlyMinutes: number;
}

export interface VolunteerActivityFixture {
  id: string;
  code: string;
  name: string;
  location: string;
  startsOn: string;
  endsOn: string;
  /** The article reports 86,000 visits in three days. */
  reportedVisits: number;
  posts: VolunteerPostFixture[];
  shifts: ShiftFixture[];
  signUps: ShiftSignUpFixture[];
}

/** The crew's lead (队长): the community's party secretary, by role. */
const CREW_LEAD = '八卦庙社区党委书记';

export const volunteerTeams: VolunteerTeamFixture[] = [
  {
    // The article: 八卦庙社区's party members and cadres, led by its party secretary.
    code: 'BAGUAMIAO_CREW',
    name: '八卦庙社区志愿服务队',
    community: '八卦庙社区',
    gridCellIds: ['BGM-C01', 'BGM-C02', 'BGM-C03', 'BGM-E03'].map(
      (code) => gridCellByCode(code).id,
    ),
    leadVolunteerId: stableId('volunteer', CREW_LEAD),
  },
  {
    // sample: the community's enterprise alliance's young staff, covering the exclusive cells.
    code: 'ALLIANCE_YOUTH',
    name: '企业联盟青年志愿服务队',
    community: '八卦庙社区',
    gridCellIds: ['BGM-E01', 'BGM-E02'].map((code) => gridCellByCode(code).id),
    leadVolunteerId: null,
  },
].map((team) => ({ ...team, id: stableId('volunteer-team', team.code) }));

/**
 * The crew's members. The first five are the original sample names (ids and phones derive from name and
 * position: add new people at the end). The article says the community's party secretary led the party
 * members and cadres at the festival: the lead is named by that role, not as the person.
 */
const people: Array<[teamCode: string, name: string, skills: VolunteerSkill[], joinedOn: string]> =
  [
    ['BAGUAMIAO_CREW', '志愿者 马超', ['SNOW_CLEARING', 'GUIDING'], '2021-03-05'], // sample
    ['BAGUAMIAO_CREW', '志愿者 林燕', ['FIRST_AID', 'ELDER_CARE'], '2021-03-05'], // sample
    ['BAGUAMIAO_CREW', '志愿者 黄河', ['SNOW_CLEARING', 'DRIVING'], '2021-03-05'], // sample
    ['BAGUAMIAO_CREW', '志愿者 高峰', ['SNOW_CLEARING'], '2022-03-05'], // sample
    ['BAGUAMIAO_CREW', '志愿者 罗兰', ['SIGN_LANGUAGE', 'GUIDING'], '2022-03-05'], // sample
    ['ALLIANCE_YOUTH', '志愿者 郭静', ['GUIDING'], '2023-05-04'], // sample
    ['ALLIANCE_YOUTH', '志愿者 梁晨', ['FIRST_AID'], '2023-05-04'], // sample
    ['ALLIANCE_YOUTH', '志愿者 宋雨', [], '2023-05-04'], // sample
    ['BAGUAMIAO_CREW', '八卦庙社区党委书记', ['GUIDING', 'SNOW_CLEARING'], '2021-03-05'],
    ['BAGUAMIAO_CREW', '志愿者 周洁', ['ELDER_CARE', 'FIRST_AID'], '2023-03-05'], // sample
    ['BAGUAMIAO_CREW', '志愿者 韩磊', ['SNOW_CLEARING', 'DRIVING'], '2023-03-05'], // sample
  ];

export const volunteers: VolunteerFixture[] = people.map(
  ([teamCode, name, skills, joinedOn], index) => ({
    id: stableId('volunteer', name),
    teamCode,
    name,
    phone: `1370000${String(index + 1).padStart(4, '0')}`,
    skills,
    joinedOn,
  }),
);

const FESTIVAL = 'LANTERN_FESTIVAL_2024';
const CREW = 'BAGUAMIAO_CREW';

/**
 * 元宵节 (2024-02-24) and the days either side. The crew stood at four posts all day in the cold
 * (指引向导, 秩序维护, 特殊群体帮扶, 除雪破冰); where in 贾鲁水镇 each post stood is sample.
 */
const festivalPosts: VolunteerPostFixture[] = (
  [
    ['GUIDANCE', '贾鲁水镇北入口游客服务点'], // sample
    ['ORDER_KEEPING', '贾鲁水镇主灯组展区'], // sample
    ['HELPING_VULNERABLE', '贾鲁水镇游客中心爱心驿站'], // sample
    ['SNOW_AND_ICE_CLEARING', '贾鲁水镇主街与石桥'], // sample
  ] as Array<[VolunteerDuty, string]>
).map(([duty, place]) => ({
  id: stableId('volunteer-post', `${FESTIVAL}:${duty}`),
  duty,
  place,
  teamCode: CREW,
}));

/** Every hour of the day covered: three stretches at the crowd posts, and round the clock on the ice. */
const stretches: Record<
  VolunteerDuty,
  Array<[startHour: number, endHour: number, headcount: number]>
> = {
  GUIDANCE: [
    [6, 12, 1],
    [12, 18, 2],
    [18, 24, 2],
  ],
  ORDER_KEEPING: [
    [6, 12, 1],
    [12, 18, 2],
    [18, 24, 3],
  ],
  HELPING_VULNERABLE: [
    [6, 12, 1],
    [12, 18, 1],
    [18, 24, 1],
  ],
  SNOW_AND_ICE_CLEARING: [
    [6, 14, 2],
    [14, 22, 1],
    [22, 30, 2],
  ],
};

const festivalShifts: ShiftFixture[] = [0, 1, 2].flatMap((day) =>
  festivalPosts.flatMap((post) =>
    stretches[post.duty].map(([startHour, endHour, requiredHeadcount]) => ({
      id: stableId('shift', `${FESTIVAL}:${day}:${post.duty}:${startHour}`),
      postId: post.id,
      day,
      startHour,
      endHour,
      requiredHeadcount,
      duty: post.duty,
      teamCode: post.teamCode,
    })),
  ),
);

/**
 * The crew's sign-ups: soonest shift first, each filled by the members free then (no overlap, at most
 * two stretches a day), so some shifts stay short, as on the day. Members are whoever the crew has.
 */
function festivalSignUps(): ShiftSignUpFixture[] {
  const members = volunteers.filter((volunteer) => volunteer.teamCode === CREW);
  const held = new Map<string, Array<[number, number, number]>>();
  const signUps: ShiftSignUpFixture[] = [];
  let next = 0;
  const ordered = [...festivalShifts].sort(
    (a, b) => a.day * 24 + a.startHour - (b.day * 24 + b.startHour) || a.duty.localeCompare(b.duty),
  );
  for (const shift of ordered) {
    const start = shift.day * 24 + shift.startHour;
    const end = shift.day * 24 + shift.endHour;
    let taken = 0;
    for (let tried = 0; tried < members.length && taken < shift.requiredHeadcount; tried += 1) {
      const member = members[(next + tried) % members.length];
      if (!member) continue;
      const mine = held.get(member.id) ?? [];
      const busy = mine.some(([from, to]) => from < end && start < to);
      const thatDay = mine.filter(([, , day]) => day === shift.day).length;
      if (busy || thatDay >= 2) continue;
      held.set(member.id, [...mine, [start, end, shift.day]]);
      signUps.push({
        id: stableId('shift-sign-up', `${shift.id}:${member.id}`),
        shiftId: shift.id,
        volunteerId: member.id,
        checkInLateMinutes: (signUps.length * 7) % 15,
        checkOutEarlyMinutes: (signUps.length * 11) % 20,
      });
      taken += 1;
    }
    next = (next + taken) % Math.max(1, members.length);
  }
  return signUps;
}

/** 贾鲁水镇龙年灯会: the Dragon-year lantern festival at Jialu water town, three days in February 2024. */
export const lanternFestival: VolunteerActivityFixture = {
  id: stableId('volunteer-activity', FESTIVAL),
  code: FESTIVAL,
  name: '贾鲁水镇龙年灯会',
  location: '贾鲁水镇',
  startsOn: '2024-02-23',
  endsOn: '2024-02-25',
  reportedVisits: 86000,
  posts: festivalPosts,
  shifts: festivalShifts,
  signUps: festivalSignUps(),
};
