import type { AppealChannel, AppealStatus, HandlingMode } from '@erqi/appeal/util-contract';
import { enterprises } from './enterprises';
import { stableId } from './stable-id';

export interface AppealCategoryFixture {
  code: string;
  name: string;
  volunteerEligible: boolean;
  /** The department that leads this kind of case unless a dispatch rule says otherwise. */
  defaultDepartmentCode: string;
}

export const appealCategories: AppealCategoryFixture[] = [
  {
    code: 'LICENSING',
    name: '证照办理',
    volunteerEligible: false,
    defaultDepartmentCode: 'ADMINISTRATIVE_APPROVAL',
  },
  {
    code: 'POLICY_SUBSIDY',
    name: '惠企政策兑现',
    volunteerEligible: false,
    defaultDepartmentCode: 'DEVELOPMENT_REFORM',
  },
  {
    code: 'FINANCING',
    name: '政银企融资对接',
    volunteerEligible: false,
    defaultDepartmentCode: 'DEVELOPMENT_REFORM',
  },
  {
    code: 'EMPLOYMENT',
    name: '用工招聘',
    volunteerEligible: false,
    defaultDepartmentCode: 'HUMAN_RESOURCES',
  },
  {
    code: 'TAXATION',
    name: '税费办理',
    volunteerEligible: false,
    defaultDepartmentCode: 'TAXATION',
  },
  {
    code: 'MARKET_SUPERVISION',
    name: '市场监管与执法',
    volunteerEligible: false,
    defaultDepartmentCode: 'MARKET_REGULATION',
  },
  {
    code: 'CONSTRUCTION',
    name: '工程建设审批',
    volunteerEligible: false,
    defaultDepartmentCode: 'HOUSING_CONSTRUCTION',
  },
  {
    code: 'ENVIRONMENT',
    name: '生态环保',
    volunteerEligible: false,
    defaultDepartmentCode: 'ECOLOGY_ENVIRONMENT',
  },
  {
    code: 'WORK_SAFETY',
    name: '安全生产',
    volunteerEligible: false,
    defaultDepartmentCode: 'EMERGENCY_MANAGEMENT',
  },
  {
    code: 'SURROUNDINGS',
    name: '周边环境与市政设施',
    volunteerEligible: true,
    defaultDepartmentCode: 'URBAN_MANAGEMENT',
  },
  {
    code: 'EVENT_SUPPORT',
    name: '活动保障',
    volunteerEligible: true,
    defaultDepartmentCode: 'CULTURE_TOURISM',
  },
  {
    code: 'SNOW_AND_ICE',
    name: '除雪除冰',
    volunteerEligible: true,
    defaultDepartmentCode: 'URBAN_MANAGEMENT',
  },
  {
    code: 'OTHER',
    name: '其他诉求',
    volunteerEligible: false,
    defaultDepartmentCode: 'HOUZHAI_STREET_OFFICE',
  },
];

export interface AppealFixture {
  id: string;
  enterpriseId: string;
  gridCellId: string;
  title: string;
  description: string;
  categoryCode: string;
  channel: AppealChannel;
  handlingMode: HandlingMode;
  status: AppealStatus;
  /** When it was submitted, as an offset in days before the seed runs. */
  submittedDaysAgo: number;
  /** 建账领办: the seed leader whose ledger a LEDGER case is on (every LEDGER case has one). */
  leader: { id: string; name: string } | null;
}

/** The seed leaders (role names, not real people): the subjects of `leader-1` and `leader-2` in users.ts. */
export const seedLeaders = {
  first: { id: stableId('user', 'leader-1'), name: '区领导 一号' },
  second: { id: stableId('user', 'leader-2'), name: '区领导 二号' },
} as const;

/** Whose ledger each seeded LEDGER case is on, by title. */
const LEDGER_LEADERS: Readonly<Record<string, { id: string; name: string }>> = {
  集体企业新厂房消防验收咨询: seedLeaders.first,
  机电设备仓库安全生产隐患排查: seedLeaders.first,
  申报2024年惠企稳岗补贴: seedLeaders.second,
};

const seeds: Array<
  [
    enterpriseIndex: number,
    title: string,
    category: string,
    channel: AppealChannel,
    mode: HandlingMode,
    status: AppealStatus,
    daysAgo: number,
  ]
> = [
  [0, '集体企业新厂房消防验收咨询', 'CONSTRUCTION', 'GRID_WORKER', 'LEDGER', 'SUBMITTED', 0],
  [14, '灯会期间景区周边道路积雪结冰', 'SNOW_AND_ICE', 'ENTERPRISE_APP', 'URGENT', 'SUBMITTED', 0],
  [8, '企业联盟招聘会场地协调', 'EMPLOYMENT', 'COMMUNITY_COLLECTION', 'TRACKED', 'ACCEPTED', 1],
  [1, '物业公司资质证书延续办理', 'LICENSING', 'ENTERPRISE_APP', 'URGENT', 'HANDLING', 2],
  [2, '物流园区门前道路破损', 'SURROUNDINGS', 'HOTLINE', 'JOINT', 'TRANSFERRED', 3],
  [
    3,
    '食品生产许可现场核查时间安排',
    'MARKET_SUPERVISION',
    'ENTERPRISE_APP',
    'URGENT',
    'RESOLVED',
    5,
  ],
  [0, '申报2024年惠企稳岗补贴', 'POLICY_SUBSIDY', 'LEADER_LIAISON', 'LEDGER', 'EVALUATED', 12],
  [9, '汽修车间环评手续咨询', 'ENVIRONMENT', 'DEPUTY_SURVEY', 'JOINT', 'CLOSED', 20],
  [15, '龙年灯会客流高峰志愿引导', 'EVENT_SUPPORT', 'GRID_WORKER', 'TRACKED', 'CLOSED', 30],
  [10, '农家乐餐饮油烟整改验收', 'ENVIRONMENT', 'ENTERPRISE_APP', 'TRACKED', 'REOPENED', 15],
  [7, '跨年度增值税留抵退税办理', 'TAXATION', 'HOTLINE', 'URGENT', 'CLOSED', 25],
  [12, '机电设备仓库安全生产隐患排查', 'WORK_SAFETY', 'GRID_WORKER', 'LEDGER', 'HANDLING', 4],
  [4, '建材企业政银企贷款对接', 'FINANCING', 'LEADER_LIAISON', 'JOINT', 'ACCEPTED', 2],
  [21, '家政服务人员技能培训补贴', 'EMPLOYMENT', 'COMMUNITY_COLLECTION', 'TRACKED', 'RESOLVED', 8],
];

export const appeals: AppealFixture[] = seeds.map(
  ([enterpriseIndex, title, categoryCode, channel, handlingMode, status, submittedDaysAgo]) => {
    const enterprise = enterprises[enterpriseIndex];
    if (!enterprise) throw new RangeError(`No seed enterprise #${enterpriseIndex}`);
    return {
      id: stableId('appeal', title),
      enterpriseId: enterprise.id,
      gridCellId: enterprise.gridCellId,
      title,
      description: `${enterprise.name}：${title}。`,
      categoryCode,
      channel,
      handlingMode,
      status,
      submittedDaysAgo,
      leader: handlingMode === 'LEDGER' ? (LEDGER_LEADERS[title] ?? null) : null,
    };
  },
);
