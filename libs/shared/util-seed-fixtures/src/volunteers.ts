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

export interface ShiftFixture {
  id: string;
  /** The day of the activity, 0-based. */
  day: number;
  startHour: number;
  endHour: number;
  duty: VolunteerDuty;
  teamCode: string;
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
  shifts: ShiftFixture[];
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

const duties: VolunteerDuty[] = [
  'GUIDANCE',
  'ORDER_KEEPING',
  'HELPING_VULNERABLE',
  'SNOW_AND_ICE_CLEARING',
];

/** 贾鲁水镇龙年灯会: the Dragon-year lantern festival at Jialu water town, three days in February 2024. */
export const lanternFestival: VolunteerActivityFixture = {
  id: stableId('volunteer-activity', 'LANTERN_FESTIVAL_2024'),
  code: 'LANTERN_FESTIVAL_2024',
  name: '贾鲁水镇龙年灯会',
  location: '贾鲁水镇',
  startsOn: '2024-02-23',
  endsOn: '2024-02-25',
  reportedVisits: 86000,
  shifts: [0, 1, 2].flatMap((day) =>
    duties.map((duty, index) => ({
      id: stableId('shift', `LANTERN_FESTIVAL_2024:${day}:${duty}`),
      day,
      // "All day in cold weather": snow clearing starts before dawn, the rest cover the evening crowds.
      startHour: duty === 'SNOW_AND_ICE_CLEARING' ? 6 : 16,
      endHour: duty === 'SNOW_AND_ICE_CLEARING' ? 12 : 22,
      duty,
      teamCode: index % 2 === 0 ? 'BAGUAMIAO_CREW' : 'ALLIANCE_YOUTH',
    })),
  ),
};
