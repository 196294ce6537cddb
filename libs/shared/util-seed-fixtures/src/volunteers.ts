import { gridCellByCode } from './places';
import { stableId } from './stable-id';

export type VolunteerDuty =
  'GUIDANCE' | 'ORDER_KEEPING' | 'HELPING_VULNERABLE' | 'SNOW_AND_ICE_CLEARING';

export interface VolunteerTeamFixture {
  id: string;
  code: string;
  name: string;
  gridCellIds: string[];
}

export interface VolunteerFixture {
  id: string;
  teamCode: string;
  name: string;
  phone: string;
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

export const volunteerTeams: VolunteerTeamFixture[] = [
  {
    code: 'BAGUAMIAO_CREW',
    name: '八卦庙社区志愿服务队',
    gridCellIds: ['BGM-C01', 'BGM-C02', 'BGM-C03', 'BGM-E03'].map(
      (code) => gridCellByCode(code).id,
    ),
  },
  {
    code: 'ALLIANCE_YOUTH',
    name: '企业联盟青年志愿服务队',
    gridCellIds: ['BGM-E01', 'BGM-E02'].map((code) => gridCellByCode(code).id),
  },
].map((team) => ({ ...team, id: stableId('volunteer-team', team.code) }));

const people: Array<[teamCode: string, name: string]> = [
  ['BAGUAMIAO_CREW', '志愿者 马超'],
  ['BAGUAMIAO_CREW', '志愿者 林燕'],
  ['BAGUAMIAO_CREW', '志愿者 黄河'],
  ['BAGUAMIAO_CREW', '志愿者 高峰'],
  ['BAGUAMIAO_CREW', '志愿者 罗兰'],
  ['ALLIANCE_YOUTH', '志愿者 郭静'],
  ['ALLIANCE_YOUTH', '志愿者 梁晨'],
  ['ALLIANCE_YOUTH', '志愿者 宋雨'],
];

export const volunteers: VolunteerFixture[] = people.map(([teamCode, name], index) => ({
  id: stableId('volunteer', name),
  teamCode,
  name,
  phone: `1370000${String(index + 1).padStart(4, '0')}`,
}));

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
