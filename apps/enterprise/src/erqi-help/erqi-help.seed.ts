import { enqueueEvents } from '@erqi/shared/data-access-events';
import { enterpriseByName, gridCellByCode, stableId } from '@erqi/shared/util-seed-fixtures';
import { addDays, shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import type { EntityManager } from 'typeorm';
import { SizeClass } from '../enterprise-profile/enterprise-profile.entity';
import { BankProduct } from '../financing/financing.entities';
import { loadCandidates } from '../erqi-policy/candidates';
import { type Eligibility, lacksOf } from '../erqi-policy/eligibility';
import { Policy, PolicyStatus } from '../erqi-policy/policy.entity';
import { policyPublishedEvents } from '../erqi-policy/policy.events';

const { LARGE, MEDIUM, SMALL, MICRO } = SizeClass;

/**
 * Sample profiles (企业画像) of every seed enterprise: plausible GB/T 4754-2017 classes for their
 * names, sizes and founding dates; invented, as the companies but the collective one are.
 */
export const sampleProfiles: ReadonlyArray<
  [
    name: string,
    section: string,
    industryClass: string,
    size: SizeClass,
    foundedOn: string,
    highTech: boolean,
    specialisedNew: boolean,
  ]
> = [
  ['河南八方顺亿实业有限公司', 'K', '7040', SMALL, '2016-06-01', false, false],
  ['郑州八卦庙物业服务有限公司', 'K', '7020', MICRO, '2017-03-15', false, false],
  ['郑州凯旋路物流有限公司', 'G', '5431', SMALL, '2015-09-10', false, false],
  ['郑州晨雨食品有限公司', 'C', '1411', SMALL, '2012-04-20', false, true],
  ['郑州晨霞建材有限公司', 'C', '3021', MEDIUM, '2008-11-05', false, false],
  ['郑州侯寨农业科技有限公司', 'A', '0141', SMALL, '2019-05-12', true, false],
  ['郑州凯旋路电子商务有限公司', 'F', '5292', MICRO, '2021-08-01', false, false],
  ['郑州晨霞财税咨询有限公司', 'L', '7241', MICRO, '2018-02-01', false, false],
  ['河南企业联盟人力资源有限公司', 'L', '7262', SMALL, '2017-10-10', false, false],
  ['郑州凯旋汽车维修有限公司', 'O', '8111', MICRO, '2014-03-03', false, false],
  ['郑州樱桃沟农家乐餐饮有限公司', 'H', '6210', MICRO, '2016-04-18', false, false],
  ['郑州晨雨印务有限公司', 'C', '2319', SMALL, '2010-07-07', false, true],
  ['郑州侯寨机电设备有限公司', 'C', '3442', MEDIUM, '2006-09-01', true, true],
  ['郑州八方顺亿保洁服务有限公司', 'O', '8211', MICRO, '2018-06-06', false, false],
  ['郑州贾鲁水镇文化旅游有限公司', 'R', '9090', MEDIUM, '2019-01-20', false, false],
  ['郑州龙年灯会文化传播有限公司', 'R', '8890', MICRO, '2023-12-01', false, false],
  ['郑州水镇民宿管理有限公司', 'H', '6130', MICRO, '2020-05-01', false, false],
  ['郑州水镇小吃餐饮管理有限公司', 'H', '6291', MICRO, '2020-05-20', false, false],
  ['郑州侯寨文创产品有限公司', 'C', '2439', SMALL, '2022-03-01', false, false],
  ['郑州晨霞便利店有限公司', 'F', '5213', MICRO, '2015-01-01', false, false],
  ['郑州凯旋路五金经营部有限公司', 'F', '5281', MICRO, '2011-11-11', false, false],
  ['郑州晨雨家政服务有限公司', 'O', '8010', MICRO, '2019-09-09', false, false],
];

const anyone: Eligibility = {
  industrySections: [],
  industryCodes: [],
  sizeClasses: [],
  foundedOnOrBefore: null,
  foundedOnOrAfter: null,
  requiresHighTech: false,
  requiresSpecialisedNew: false,
  gridCellIds: [],
};

interface SamplePolicy {
  key: string;
  title: string;
  summary: string;
  departmentCode: string;
  amountCap: number;
  eligibility: Eligibility;
  status: PolicyStatus;
}

/** Invented policies (标 样例), of the seed's departments, open around the day the seed is loaded. */
export const samplePolicies: readonly SamplePolicy[] = [
  {
    key: 'small-micro-jobs',
    title: '小微企业稳岗扩岗奖补（样例）',
    summary: '小型、微型企业年内新增吸纳本区居民就业的，按每人 2000 元给予一次性奖补。样例数据。',
    departmentCode: 'MARKET_REGULATION',
    amountCap: 50_000,
    eligibility: { ...anyone, sizeClasses: [SMALL, MICRO] },
    status: PolicyStatus.PUBLISHED,
  },
  {
    key: 'services-social-insurance',
    title: '服务业吸纳就业困难人员社保补贴（样例）',
    summary:
      '租赁和商务服务、居民服务、住宿餐饮企业吸纳就业困难人员并缴纳社保的，给予社保补贴。样例数据。',
    departmentCode: 'HUMAN_RESOURCES',
    amountCap: 30_000,
    eligibility: { ...anyone, industrySections: ['H', 'L', 'O'] },
    status: PolicyStatus.PUBLISHED,
  },
  {
    key: 'specialised-new-award',
    title: '专精特新中小企业一次性奖励（样例）',
    summary: '新认定的省级专精特新中小企业给予一次性奖励。样例数据。',
    departmentCode: 'DEVELOPMENT_REFORM',
    amountCap: 200_000,
    eligibility: { ...anyone, sizeClasses: [MEDIUM, SMALL, MICRO], requiresSpecialisedNew: true },
    status: PolicyStatus.PUBLISHED,
  },
  {
    key: 'high-tech-award',
    title: '高新技术企业认定奖励（样例）',
    summary: '成立满三年、通过高新技术企业认定的制造业企业给予奖励。样例数据。',
    departmentCode: 'DEVELOPMENT_REFORM',
    amountCap: 100_000,
    eligibility: {
      ...anyone,
      industrySections: ['C'],
      requiresHighTech: true,
      foundedOnOrBefore: '2021-12-31',
    },
    status: PolicyStatus.PUBLISHED,
  },
  {
    key: 'culture-tourism-relief',
    title: '贾鲁水镇文旅企业纾困补贴（样例）',
    summary: '贾鲁水镇文旅企业专属网格内的住宿、餐饮和文化娱乐企业，给予经营纾困补贴。样例数据。',
    departmentCode: 'CULTURE_TOURISM',
    amountCap: 20_000,
    eligibility: {
      ...anyone,
      industrySections: ['H', 'R'],
      gridCellIds: [gridCellByCode('BGM-E03').id],
    },
    status: PolicyStatus.PUBLISHED,
  },
  {
    key: 'trademark-grant',
    title: '小微企业商标注册补助（样例）',
    summary: '小型、微型企业首次注册商标的给予补助（草稿）。样例数据。',
    departmentCode: 'MARKET_REGULATION',
    amountCap: 3_000,
    eligibility: { ...anyone, sizeClasses: [SMALL, MICRO] },
    status: PolicyStatus.DRAFT,
  },
];

/** Invented products (样例) of banks with branches in the district. */
export const sampleBankProducts: ReadonlyArray<
  Omit<BankProduct, 'id' | 'sample'> & { key: string }
> = [
  {
    key: 'tech-loan',
    bankName: '中原银行郑州二七支行',
    productName: '科创贷（样例）',
    minAmount: 500_000,
    maxAmount: 10_000_000,
    annualRatePercent: 3.45,
    maxTermMonths: 36,
    criteria: { ...anyone, requiresHighTech: true },
  },
  {
    key: 'small-micro-loan',
    bankName: '郑州银行二七支行',
    productName: '小微易贷（样例）',
    minAmount: 100_000,
    maxAmount: 3_000_000,
    annualRatePercent: 3.85,
    maxTermMonths: 24,
    criteria: { ...anyone, sizeClasses: [SMALL, MICRO] },
  },
  {
    key: 'culture-tourism-loan',
    bankName: '中国邮政储蓄银行郑州二七区支行',
    productName: '文旅贷（样例）',
    minAmount: 200_000,
    maxAmount: 5_000_000,
    annualRatePercent: 4.2,
    maxTermMonths: 60,
    criteria: { ...anyone, industrySections: ['H', 'R'] },
  },
  {
    key: 'large-equipment-loan',
    bankName: '中国工商银行郑州二七支行',
    productName: '设备更新贷（样例）',
    minAmount: 1_000_000,
    maxAmount: 50_000_000,
    annualRatePercent: 3.2,
    maxTermMonths: 60,
    criteria: { ...anyone, industrySections: ['C'], sizeClasses: [LARGE, MEDIUM] },
  },
];

/**
 * Loads the 二七帮 samples: every seed enterprise's profile (upserted), the sample policies and bank
 * products (added when missing). A sample policy published here tells its cells' grid workers as a
 * published one does, through the outbox, once: when it is first added.
 */
export async function seedErqiHelp(manager: EntityManager, now: Date): Promise<void> {
  for (const [
    name,
    section,
    industryClass,
    size,
    foundedOn,
    highTech,
    specialisedNew,
  ] of sampleProfiles)
    await manager.query(
      `INSERT INTO enterprise_profile (enterprise_id, industry_section, industry_class, size_class, founded_on, high_tech, specialised_new, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'seed')
       ON CONFLICT (enterprise_id) DO UPDATE SET industry_section = $2, industry_class = $3, size_class = $4,
         founded_on = $5, high_tech = $6, specialised_new = $7, updated_at = $8, updated_by = 'seed'`,
      [
        enterpriseByName(name).id,
        section,
        industryClass,
        size,
        foundedOn,
        highTech,
        specialisedNew,
        now,
      ],
    );
  const today = shanghaiDateOf(now);
  const candidates = await loadCandidates(manager);
  for (const sample of samplePolicies) {
    const id = stableId('policy', sample.key);
    if (await manager.findOneBy(Policy, { id })) continue;
    const published = sample.status === PolicyStatus.PUBLISHED;
    const qualified = candidates.filter(
      (candidate) => lacksOf(sample.eligibility, candidate).length === 0,
    );
    const policy: Policy = {
      id,
      title: sample.title,
      summary: sample.summary,
      departmentCode: sample.departmentCode,
      amountCap: sample.amountCap,
      opensOn: addDays(today, -30),
      closesOn: addDays(today, 180),
      eligibility: sample.eligibility,
      status: sample.status,
      createdAt: now,
      publishedAt: published ? now : null,
      matchedAtPublish: published ? qualified.length : null,
      sample: true,
    };
    await manager.insert(Policy, policy);
    if (published) await enqueueEvents(manager, policyPublishedEvents(policy, qualified, now));
  }
  for (const { key, ...product } of sampleBankProducts)
    await manager
      .createQueryBuilder()
      .insert()
      .into(BankProduct)
      .values({ ...product, id: stableId('bank-product', key), sample: true })
      .orIgnore()
      .execute();
}
