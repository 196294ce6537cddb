import { collectiveEnterprise, enterpriseByName } from './enterprises';
import { gridCellByCode, gridWorkers } from './places';
import { COMMUNITY_CODE, residents } from './residents';
import { stableId } from './stable-id';
import { volunteers } from './volunteers';

/** A seed user: who `npm run token -- --role <ROLE>` signs a development token for. */
export interface SeedUser {
  subject: string;
  /**
   * What the user types on the local OpenID provider's sign-in page (`npm run oidc`). Every seed user
   * has one; a user a test makes up needs none (it cannot sign in there).
   */
  login?: string;
  role:
    | 'ENTERPRISE'
    | 'GRID_WORKER'
    | 'DEPARTMENT_STAFF'
    | 'VOLUNTEER_LEAD'
    | 'VOLUNTEER'
    | 'SUPERVISOR'
    | 'DEPUTY'
    | 'STREET_COLLECTOR'
    | 'HOTLINE_OPERATOR'
    | 'EXPERIENCE_OFFICER'
    | 'ADVISER'
    | 'DISCIPLINE_OFFICER'
    | 'LEADER'
    | 'COMMUNITY_STAFF'
    | 'RESIDENT'
    | 'ADMIN';
  name: string;
  enterpriseId?: string;
  gridCellIds?: string[];
  departmentCode?: string;
  teamCode?: string;
  /** VOLUNTEER: the volunteer (of `teamCode`) this user is. */
  volunteerId?: string;
  /** COMMUNITY_STAFF: the region code of the community they serve. */
  communityCode?: string;
  /** RESIDENT: the resident (居民) this user is. */
  residentId?: string;
}

/** The crew member `volunteer-1` signs in as (sample name). */
const crewVolunteer = volunteers.find((volunteer) => volunteer.teamCode === 'BAGUAMIAO_CREW') ?? {
  id: stableId('volunteer', 'volunteer-1'),
  name: '志愿者',
};

const exclusiveWorker =
  gridWorkers.find((worker) => worker.cellCodes.length === 3) ?? gridWorkers[0];

/** The sample resident `resident-1` signs in as: the first household's head. */
const firstResident = residents[0];
/**
 * An elder of the sample (born 1940 or earlier, alive): turns 80 or more on every birthday, so staff
 * can record a birthday visit with a suggestion for it whenever a test runs, and it can follow the
 * appeal that suggestion became (a RESIDENT sees its own suggestions only).
 */
const elderResident = residents.find(
  (resident) =>
    resident.diedOn === null &&
    resident.birthDate <= '1940-12-31' &&
    // A birthday every year (not 29 February), so a test can always find the latest one.
    !resident.birthDate.endsWith('-02-29'),
);

// Role names, not real people. The first user of each role is the default for that role.
export const seedUsers: SeedUser[] = [
  {
    subject: stableId('user', 'enterprise-bafang'),
    login: 'enterprise-bafang',
    role: 'ENTERPRISE',
    name: '八方顺亿 企业联络员',
    enterpriseId: collectiveEnterprise.id,
  },
  {
    subject: exclusiveWorker?.id ?? stableId('user', 'grid-worker'),
    login: 'grid-worker',
    role: 'GRID_WORKER',
    name: exclusiveWorker?.name ?? '网格员',
    gridCellIds: (exclusiveWorker?.cellCodes ?? []).map((code) => gridCellByCode(code).id),
  },
  {
    subject: stableId('user', 'staff-urban'),
    login: 'staff-urban',
    role: 'DEPARTMENT_STAFF',
    name: '城管局 办件员',
    departmentCode: 'URBAN_MANAGEMENT',
  },
  {
    subject: stableId('user', 'staff-market'),
    login: 'staff-market',
    role: 'DEPARTMENT_STAFF',
    name: '市场监管局 办件员',
    departmentCode: 'MARKET_REGULATION',
  },
  {
    subject: stableId('user', 'lead-alliance'),
    login: 'lead-alliance',
    role: 'VOLUNTEER_LEAD',
    name: '青年志愿服务队 队长',
    teamCode: 'ALLIANCE_YOUTH',
  },
  {
    subject: stableId('user', 'lead-baguamiao'),
    login: 'lead-baguamiao',
    role: 'VOLUNTEER_LEAD',
    // The article: the community's party secretary led the crew; a role name here, not the person.
    name: '八卦庙社区志愿服务队 队长（社区党委书记）',
    teamCode: 'BAGUAMIAO_CREW',
  },
  {
    subject: stableId('user', 'volunteer-1'),
    login: 'volunteer-1',
    role: 'VOLUNTEER',
    name: crewVolunteer.name,
    teamCode: 'BAGUAMIAO_CREW',
    volunteerId: crewVolunteer.id,
  },
  {
    subject: stableId('user', 'supervisor-1'),
    login: 'supervisor-1',
    role: 'SUPERVISOR',
    name: '营商环境监督员 一号',
  },
  { subject: stableId('user', 'leader-1'), login: 'leader-1', role: 'LEADER', name: '区领导 一号' },
  { subject: stableId('user', 'leader-2'), login: 'leader-2', role: 'LEADER', name: '区领导 二号' },
  // The whistles (吹哨) and the three teams (三支队伍): role names, not real people.
  {
    subject: stableId('user', 'deputy-1'),
    login: 'deputy-1',
    role: 'DEPUTY',
    name: '区人大代表 一号',
  },
  {
    subject: stableId('user', 'collector-1'),
    login: 'collector-1',
    role: 'STREET_COLLECTOR',
    name: '淮河路街道 收集员',
  },
  {
    subject: stableId('user', 'hotline-1'),
    login: 'hotline-1',
    role: 'HOTLINE_OPERATOR',
    name: '营商环境热线 接线员',
  },
  {
    subject: stableId('user', 'experience-officer-1'),
    login: 'experience-officer-1',
    role: 'EXPERIENCE_OFFICER',
    name: '营商环境体验官 一号',
    enterpriseId: collectiveEnterprise.id,
  },
  {
    subject: stableId('user', 'adviser-1'),
    login: 'adviser-1',
    role: 'ADVISER',
    name: '顾问团成员 一号',
  },
  {
    subject: stableId('user', 'discipline-1'),
    login: 'discipline-1',
    role: 'DISCIPLINE_OFFICER',
    name: '区纪委监委 专员',
  },
  {
    subject: stableId('user', 'community-staff-1'),
    login: 'community-staff-1',
    role: 'COMMUNITY_STAFF',
    name: '八卦庙社区 工作人员',
    communityCode: COMMUNITY_CODE,
  },
  {
    subject: stableId('user', 'resident-1'),
    login: 'resident-1',
    role: 'RESIDENT',
    name: firstResident?.name ?? '居民',
    residentId: firstResident?.id ?? stableId('resident', 'BGM-1'),
  },
  {
    subject: stableId('user', 'resident-elder-1'),
    login: 'resident-elder-1',
    role: 'RESIDENT',
    name: elderResident?.name ?? '老人',
    residentId: elderResident?.id ?? stableId('resident', 'BGM-elder'),
  },
  { subject: stableId('user', 'admin'), login: 'admin', role: 'ADMIN', name: '平台管理员' },
];

/**
 * 领导联系重点企业: the enterprises the LEADER seed user liaises with, as the enterprise service's
 * seed records them (apps/enterprise/src/seed.ts); the appeal service learns them only from the
 * enterprise registry's records (tests apply those records, apps/appeal/test/registry-fixtures.ts).
 */
export const seedLeaderLiaisons: ReadonlyArray<{ leaderSubject: string; enterpriseId: string }> = [
  '河南八方顺亿实业有限公司',
  '郑州贾鲁水镇文化旅游有限公司',
].map((name) => ({
  leaderSubject: stableId('user', 'leader-1'),
  enterpriseId: enterpriseByName(name).id,
}));
