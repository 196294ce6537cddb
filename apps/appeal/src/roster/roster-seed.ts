import { enterprises, seedUsers, stableId } from '@erqi/shared/util-seed-fixtures';
import type { EntityManager } from 'typeorm';
import { Adviser } from './adviser.entity';
import { ExperienceOfficer } from './experience-officer.entity';
import { MemberStatus, SupervisorGroup } from './roster.enums';
import { Supervisor } from './supervisor.entity';

// sample: role-like names and invented numbers, never real people. The seed article gives the
// sizes: 50多名监督员, 约30名体验官; the 顾问团's size it leaves open (12 here).
export const SUPERVISOR_COUNT = 52;
export const EXPERIENCE_OFFICER_COUNT = 30;
export const ADVISER_COUNT = 12;
/** How many experience officers run a seed enterprise; the others run sample companies. */
const OFFICERS_IN_REGISTRY = 8;

const TERM = { termStart: '2024-03-01', termEnd: '2027-02-28' };
const number = (index: number): string => String(index + 1).padStart(2, '0');
const phone = (prefix: string, index: number): string =>
  `${prefix}${String(index + 1).padStart(4, '0')}`;
const subjectOf = (role: string): string | null =>
  seedUsers.find((user) => user.role === role)?.subject ?? null;

/** Where each group's supervisors come from (sample). */
const GROUPS: Array<[SupervisorGroup, string, number]> = [
  [SupervisorGroup.DEPUTY, '区人大代表', 10],
  [SupervisorGroup.CPPCC_MEMBER, '区政协委员', 10],
  [SupervisorGroup.MEDIA, '新闻媒体', 6],
  [SupervisorGroup.PROFESSIONAL, '律师事务所、会计师事务所', 12],
  [SupervisorGroup.RESIDENT, '社区居民代表', 8],
  [SupervisorGroup.ENTERPRISE, '商会、行业协会', 6],
];

export function sampleSupervisors(): Supervisor[] {
  const groups = GROUPS.flatMap(([group, affiliation, count]) =>
    Array.from({ length: count }, () => ({ group, affiliation })),
  );
  return groups.map(({ group, affiliation }, index) => ({
    id: stableId('roster-supervisor', number(index)),
    // The seed user 营商环境监督员 一号 is the first of them.
    name: index === 0 ? '营商环境监督员 一号' : `营商环境监督员 ${number(index)}号`,
    group,
    affiliation,
    phone: phone('1370000', index),
    ...TERM,
    status: index === groups.length - 1 ? MemberStatus.SUSPENDED : MemberStatus.ACTIVE,
    userSubject: index === 0 ? subjectOf('SUPERVISOR') : null,
  }));
}

export function sampleExperienceOfficers(): ExperienceOfficer[] {
  return Array.from({ length: EXPERIENCE_OFFICER_COUNT }, (_, index) => {
    // The first few run seed enterprises (the first is 八方顺亿's, the seed user 体验官 一号);
    // the rest run sample companies, named as such and not given the district's brands.
    const enterprise = index < OFFICERS_IN_REGISTRY ? enterprises[index * 2] : undefined;
    return {
      id: stableId('roster-experience-officer', number(index)),
      name: index === 0 ? '营商环境体验官 一号' : `营商环境体验官 ${number(index)}号`,
      enterpriseId: enterprise?.id ?? null,
      enterpriseName: enterprise?.name ?? `样例企业 ${number(index)}（示例）`,
      sampleEnterprise: enterprise === undefined,
      phone: phone('1360000', index),
      ...TERM,
      status: MemberStatus.ACTIVE,
      userSubject: index === 0 ? subjectOf('EXPERIENCE_OFFICER') : null,
    };
  });
}

const EXPERTISE = ['法律', '财税', '产业规划', '金融', '城市规划', '数字政务'];

export function sampleAdvisers(): Adviser[] {
  return Array.from({ length: ADVISER_COUNT }, (_, index) => ({
    id: stableId('roster-adviser', number(index)),
    name: index === 0 ? '顾问团成员 一号' : `顾问团成员 ${number(index)}号`,
    expertise: EXPERTISE[index % EXPERTISE.length] ?? '法律',
    affiliation: index % 2 === 0 ? '高校研究机构（示例）' : '专业服务机构（示例）',
    phone: phone('1350000', index),
    status: MemberStatus.ACTIVE,
    userSubject: index === 0 ? subjectOf('ADVISER') : null,
  }));
}

/** Loads the three rosters; only missing rows (stable ids), so a re-run keeps an office's edits. */
export async function seedRosters(manager: EntityManager): Promise<void> {
  const insert = async <T extends object>(target: new () => T, rows: T[]) => {
    await manager.createQueryBuilder().insert().into(target).values(rows).orIgnore().execute();
  };
  await insert(Supervisor, sampleSupervisors());
  await insert(ExperienceOfficer, sampleExperienceOfficers());
  await insert(Adviser, sampleAdvisers());
}
