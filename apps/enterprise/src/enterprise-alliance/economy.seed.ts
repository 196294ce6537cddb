import { collectiveEnterprise, enterpriseByName, stableId } from '@erqi/shared/util-seed-fixtures';
import type { EntityManager } from 'typeorm';
import {
  EnterpriseYearFigures,
  EnterpriseYearFiguresVersion,
} from '../enterprise-figures/year-figures.entity';
import { AllianceMember, EnterpriseAlliance } from './alliance.entity';

const SEEDED_BY = 'seed';
const SOURCE =
  '二七区 2024年3月报道: 2023年社区集体企业河南八方顺亿实业有限公司营业收入400万余元，今年计划突破500万元';

/** 八卦庙社区企业联盟: the article says the community formed it; not when, nor who belongs. */
export const seedAlliance = {
  id: stableId('enterprise-alliance', '八卦庙社区企业联盟'),
  name: '八卦庙社区企业联盟',
  communityName: '八卦庙社区',
  collectiveEnterpriseId: collectiveEnterprise.id,
  foundedOn: null,
};

/**
 * The collective enterprise's 2023 from the article: revenue "400 万余元" (over 4 million; the floor
 * is recorded) and "计划突破 500 万元" for 2024. The article gives it no job count, so none is recorded.
 */
export const collectiveFigures2023 = {
  enterpriseId: collectiveEnterprise.id,
  year: 2023,
  revenueYuan: 4_000_000,
  plannedRevenueNextYearYuan: 5_000_000,
  jobsOffered: null,
  jobsFilled: null,
  source: SOURCE,
  sample: false,
};

/**
 * Sample data: the members and their 2023 jobs are invented. The article says only that the alliance
 * gives residents "近 200 个就业岗位" (nearly 200 jobs): these add up to 196.
 * [name, joined on, revenue 2023 (yuan), next year's plan, jobs offered, jobs filled]
 */
const sampleMembers: Array<[string, string, number, number, number, number]> = [
  ['郑州八卦庙物业服务有限公司', '2021-06-18', 2_350_000, 2_500_000, 18, 17],
  ['郑州凯旋路物流有限公司', '2021-06-18', 6_120_000, 6_800_000, 22, 20],
  ['郑州晨雨食品有限公司', '2021-06-18', 3_480_000, 3_700_000, 16, 15],
  ['郑州晨霞建材有限公司', '2021-09-01', 5_260_000, 5_300_000, 9, 8],
  ['郑州侯寨农业科技有限公司', '2021-09-01', 1_870_000, 2_100_000, 12, 11],
  ['郑州凯旋路电子商务有限公司', '2022-03-15', 2_940_000, 3_400_000, 8, 7],
  ['郑州晨霞财税咨询有限公司', '2022-03-15', 760_000, 800_000, 4, 4],
  ['河南企业联盟人力资源有限公司', '2021-06-18', 1_150_000, 1_300_000, 6, 6],
  ['郑州凯旋汽车维修有限公司', '2022-05-20', 1_420_000, 1_500_000, 7, 6],
  ['郑州樱桃沟农家乐餐饮有限公司', '2022-05-20', 980_000, 1_200_000, 11, 10],
  ['郑州晨雨印务有限公司', '2022-08-08', 1_640_000, 1_650_000, 6, 5],
  ['郑州侯寨机电设备有限公司', '2022-08-08', 3_050_000, 3_200_000, 9, 8],
  ['郑州八方顺亿保洁服务有限公司', '2021-06-18', 1_280_000, 1_450_000, 20, 19],
  ['郑州贾鲁水镇文化旅游有限公司', '2023-01-10', 7_800_000, 9_000_000, 15, 14],
  ['郑州龙年灯会文化传播有限公司', '2023-01-10', 890_000, 1_100_000, 5, 5],
  ['郑州水镇民宿管理有限公司', '2023-01-10', 1_260_000, 1_500_000, 7, 6],
  ['郑州水镇小吃餐饮管理有限公司', '2023-01-10', 1_530_000, 1_800_000, 9, 9],
  ['郑州侯寨文创产品有限公司', '2023-04-22', 640_000, 750_000, 4, 4],
  ['郑州晨霞便利店有限公司', '2023-04-22', 520_000, 550_000, 3, 3],
  ['郑州凯旋路五金经营部有限公司', '2023-04-22', 430_000, 450_000, 2, 2],
  ['郑州晨雨家政服务有限公司', '2023-04-22', 690_000, 800_000, 3, 3],
];

/** When the collective enterprise is taken to have joined: with the first members (sample). */
const COLLECTIVE_JOINED_ON = '2021-06-18';

export const seedAllianceMembers = [
  { enterpriseId: collectiveEnterprise.id, joinedOn: COLLECTIVE_JOINED_ON },
  ...sampleMembers.map(([name, joinedOn]) => ({
    enterpriseId: enterpriseByName(name).id,
    joinedOn,
  })),
];

export const sampleFigures2023 = sampleMembers.map(
  ([name, , revenueYuan, plannedRevenueNextYearYuan, jobsOffered, jobsFilled]) => ({
    enterpriseId: enterpriseByName(name).id,
    year: 2023,
    revenueYuan,
    plannedRevenueNextYearYuan,
    jobsOffered,
    jobsFilled,
    source: '示例数据 (sample)',
    sample: true,
  }),
);

/**
 * Loads the alliance, its members and their 2023 figures (part of the enterprise seed's transaction).
 * Safe to run again: figures are only added where a year has none, so a figure recorded since is kept.
 */
export async function seedCollectiveEconomy(manager: EntityManager, now: Date): Promise<void> {
  await manager.upsert(EnterpriseAlliance, seedAlliance, ['id']);
  await manager
    .createQueryBuilder()
    .insert()
    .into(AllianceMember)
    .values(
      seedAllianceMembers.map((member) => ({
        id: stableId('enterprise-alliance-member', member.enterpriseId),
        allianceId: seedAlliance.id,
        enterpriseId: member.enterpriseId,
        joinedOn: member.joinedOn,
        leftOn: null,
        sample: true,
      })),
    )
    .orIgnore()
    .execute();
  for (const figures of [collectiveFigures2023, ...sampleFigures2023]) {
    const values = { ...figures, version: 1, recordedBy: SEEDED_BY, recordedAt: now };
    await manager
      .createQueryBuilder()
      .insert()
      .into(EnterpriseYearFigures)
      .values({
        ...values,
        id: stableId('enterprise-year-figures', `${figures.enterpriseId}:${figures.year}`),
      })
      .orIgnore()
      .execute();
    // A version 1 already there (the seed's or a user's) is kept: the unique (enterprise, year, version) ignores this one.
    await manager
      .createQueryBuilder()
      .insert()
      .into(EnterpriseYearFiguresVersion)
      .values({
        ...values,
        id: stableId(
          'enterprise-year-figures-version',
          `${figures.enterpriseId}:${figures.year}:1`,
        ),
      })
      .orIgnore()
      .execute();
  }
}
