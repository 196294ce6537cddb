import { stableId } from '@erqi/shared/util-seed-fixtures';
import type { EntityManager } from 'typeorm';
import { ServiceChannel, ServiceMode } from './service-matter.enums';
import { type ServiceMaterial, ServiceMatter, ServiceMatterVersion } from './service-matter.entity';
import { versionOf } from './service-matter.service';

/**
 * Sample matters of the 易企办 list (marked `sample`): names as Henan's 政务服务事项 read, time limits
 * shortened from the legal ones as the district promises, modes as the article describes them. Not
 * an official list: the district publishes its own.
 */
const M: Record<string, Omit<ServiceMaterial, 'code'>> = {
  APPLICATION: {
    name: '申请书（表）',
    deferrable: false,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  LICENSE: {
    name: '营业执照',
    deferrable: false,
    replaceableByCommitment: false,
    certificateFree: true,
  },
  LEGAL_ID: {
    name: '法定代表人身份证件',
    deferrable: false,
    replaceableByCommitment: false,
    certificateFree: true,
  },
  PREMISES: {
    name: '经营场所使用证明',
    deferrable: true,
    replaceableByCommitment: true,
    certificateFree: false,
  },
  ARTICLES: {
    name: '公司章程',
    deferrable: true,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  LAYOUT: {
    name: '经营场所平面布局图',
    deferrable: true,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  SAFETY_RULES: {
    name: '安全管理制度文本',
    deferrable: false,
    replaceableByCommitment: true,
    certificateFree: false,
  },
  HEALTH: {
    name: '从业人员健康证明',
    deferrable: true,
    replaceableByCommitment: false,
    certificateFree: true,
  },
  EQUIPMENT: {
    name: '主要设备设施清单',
    deferrable: true,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  PROPERTY: {
    name: '不动产权证书',
    deferrable: false,
    replaceableByCommitment: false,
    certificateFree: true,
  },
  PLANNING: {
    name: '建设工程规划许可证',
    deferrable: false,
    replaceableByCommitment: false,
    certificateFree: true,
  },
  CONTRACT: {
    name: '施工合同',
    deferrable: true,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  FUNDS: {
    name: '建设资金已落实承诺',
    deferrable: false,
    replaceableByCommitment: true,
    certificateFree: false,
  },
  EIA_REPORT: {
    name: '环境影响报告表',
    deferrable: false,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  MONITORING: {
    name: '污染物监测报告',
    deferrable: true,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  INSURANCE: {
    name: '社会保险缴费证明',
    deferrable: false,
    replaceableByCommitment: false,
    certificateFree: true,
  },
  LABOUR: {
    name: '劳动合同',
    deferrable: true,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  QUALIFICATION: {
    name: '专业技术人员资格证书',
    deferrable: false,
    replaceableByCommitment: true,
    certificateFree: true,
  },
  TAX_PROOF: {
    name: '完税证明',
    deferrable: false,
    replaceableByCommitment: false,
    certificateFree: true,
  },
  EMERGENCY_PLAN: {
    name: '应急预案文本',
    deferrable: true,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  FIRE: {
    name: '消防安全检查合格证明',
    deferrable: false,
    replaceableByCommitment: true,
    certificateFree: false,
  },
  DESIGN: {
    name: '设计方案图',
    deferrable: true,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  BANK: {
    name: '银行开户信息',
    deferrable: false,
    replaceableByCommitment: false,
    certificateFree: true,
  },
  PROGRAMME: {
    name: '演出节目内容及演员名单',
    deferrable: true,
    replaceableByCommitment: false,
    certificateFree: false,
  },
  VEHICLE: {
    name: '车辆行驶证',
    deferrable: false,
    replaceableByCommitment: false,
    certificateFree: true,
  },
};

const { NO_CERTIFICATE: NC, CROSS_PROVINCE: CP, SAME_CITY: SC } = ServiceMode;
const DC = ServiceMode.DEFERRED_MATERIALS_WITH_COMMITMENT;
const BOTH = [ServiceChannel.ONLINE, ServiceChannel.WINDOW];
const WINDOW = [ServiceChannel.WINDOW];

type Row = [
  code: string,
  name: string,
  department: string,
  legal: number,
  promised: number,
  materials: string[],
  modes: ServiceMode[],
  highFrequency: boolean,
  channels?: ServiceChannel[],
];

// prettier-ignore
const rows: Row[] = [
  ['SCJG-0001', '企业设立登记', 'MARKET_REGULATION', 3, 1, ['APPLICATION', 'LEGAL_ID', 'PREMISES', 'ARTICLES'], [NC, CP, SC, DC], true],
  ['SCJG-0002', '企业变更登记', 'MARKET_REGULATION', 3, 1, ['APPLICATION', 'LICENSE', 'LEGAL_ID', 'ARTICLES'], [NC, CP, SC, DC], true],
  ['SCJG-0003', '企业注销登记', 'MARKET_REGULATION', 3, 1, ['APPLICATION', 'LICENSE', 'TAX_PROOF'], [NC, CP, SC], true],
  ['SCJG-0004', '个体工商户设立登记', 'MARKET_REGULATION', 3, 1, ['APPLICATION', 'LEGAL_ID', 'PREMISES'], [NC, CP, SC, DC], true],
  ['SCJG-0005', '个体工商户变更登记', 'MARKET_REGULATION', 3, 1, ['APPLICATION', 'LICENSE', 'PREMISES'], [NC, SC, DC], true],
  ['SCJG-0006', '食品经营许可（新办）', 'MARKET_REGULATION', 20, 5, ['APPLICATION', 'LICENSE', 'LAYOUT', 'HEALTH', 'SAFETY_RULES'], [NC, SC, DC], true],
  ['SCJG-0007', '食品经营许可（变更）', 'MARKET_REGULATION', 20, 3, ['APPLICATION', 'LICENSE', 'LAYOUT'], [NC, SC, DC], true],
  ['SCJG-0008', '食品经营许可（延续）', 'MARKET_REGULATION', 20, 3, ['APPLICATION', 'LICENSE', 'SAFETY_RULES'], [NC, SC, DC], true],
  ['SCJG-0009', '小餐饮经营许可', 'MARKET_REGULATION', 15, 3, ['APPLICATION', 'LICENSE', 'HEALTH', 'LAYOUT'], [NC, SC, DC], true],
  ['SCJG-0010', '第二类医疗器械经营备案', 'MARKET_REGULATION', 5, 1, ['APPLICATION', 'LICENSE', 'PREMISES', 'QUALIFICATION'], [NC, SC, DC], false],
  ['SCJG-0011', '特种设备使用登记', 'MARKET_REGULATION', 15, 5, ['APPLICATION', 'LICENSE', 'EQUIPMENT'], [NC, DC], false],
  ['SCJG-0012', '药品零售企业经营许可', 'MARKET_REGULATION', 30, 10, ['APPLICATION', 'LICENSE', 'PREMISES', 'QUALIFICATION', 'LAYOUT'], [NC, DC], false],
  ['SCJG-0013', '企业年度报告信息修改', 'MARKET_REGULATION', 5, 1, ['APPLICATION', 'LICENSE'], [NC, CP, SC], true],
  ['SCJG-0014', '营业执照遗失补领', 'MARKET_REGULATION', 3, 1, ['APPLICATION', 'LEGAL_ID'], [NC, CP, SC], true],
  ['RSJ-0001', '用人单位就业登记', 'HUMAN_RESOURCES', 5, 1, ['APPLICATION', 'LICENSE', 'LABOUR'], [NC, CP, SC, DC], true],
  ['RSJ-0002', '单位参保登记', 'HUMAN_RESOURCES', 5, 1, ['APPLICATION', 'LICENSE', 'BANK'], [NC, CP, SC], true],
  ['RSJ-0003', '稳岗返还申领', 'HUMAN_RESOURCES', 20, 10, ['APPLICATION', 'LICENSE', 'INSURANCE'], [NC, SC], true],
  ['RSJ-0004', '一次性吸纳就业补贴申领', 'HUMAN_RESOURCES', 20, 10, ['APPLICATION', 'LICENSE', 'LABOUR', 'INSURANCE'], [NC, SC, DC], true],
  ['RSJ-0005', '劳务派遣经营许可', 'HUMAN_RESOURCES', 20, 10, ['APPLICATION', 'LICENSE', 'PREMISES', 'SAFETY_RULES'], [NC, DC], false],
  ['RSJ-0006', '人力资源服务许可', 'HUMAN_RESOURCES', 20, 10, ['APPLICATION', 'LICENSE', 'PREMISES', 'QUALIFICATION'], [NC, DC], false],
  ['RSJ-0007', '创业担保贷款申请', 'HUMAN_RESOURCES', 15, 7, ['APPLICATION', 'LICENSE', 'LEGAL_ID', 'LABOUR'], [NC, SC, DC], true],
  ['RSJ-0008', '高校毕业生就业见习补贴申领', 'HUMAN_RESOURCES', 20, 10, ['APPLICATION', 'LICENSE', 'LABOUR'], [NC, SC, DC], false],
  ['RSJ-0009', '职工退休申请（单位代办）', 'HUMAN_RESOURCES', 20, 10, ['APPLICATION', 'LEGAL_ID', 'INSURANCE'], [NC, CP, SC], true],
  ['RSJ-0010', '养老保险关系转移接续', 'HUMAN_RESOURCES', 15, 10, ['APPLICATION', 'LEGAL_ID', 'INSURANCE'], [NC, CP, SC], true],
  ['SWJ-0001', '增值税一般纳税人登记', 'TAXATION', 2, 1, ['APPLICATION', 'LICENSE'], [NC, CP, SC], true],
  ['SWJ-0002', '发票领用', 'TAXATION', 1, 1, ['APPLICATION', 'LICENSE', 'LEGAL_ID'], [NC, CP, SC], true],
  ['SWJ-0003', '跨区域涉税事项报告', 'TAXATION', 1, 1, ['APPLICATION', 'LICENSE', 'CONTRACT'], [NC, CP, SC, DC], true],
  ['SWJ-0004', '纳税信用复评', 'TAXATION', 15, 10, ['APPLICATION', 'LICENSE'], [NC, SC], false],
  ['SWJ-0005', '开具税收完税证明', 'TAXATION', 1, 1, ['APPLICATION', 'LICENSE'], [NC, CP, SC], true],
  ['SWJ-0006', '出口退（免）税备案', 'TAXATION', 5, 2, ['APPLICATION', 'LICENSE', 'BANK'], [NC, SC], false],
  ['SPJ-0001', '公共场所卫生许可', 'ADMINISTRATIVE_APPROVAL', 20, 3, ['APPLICATION', 'LICENSE', 'LAYOUT', 'HEALTH', 'SAFETY_RULES'], [NC, SC, DC], true],
  ['SPJ-0002', '道路货物运输经营许可', 'ADMINISTRATIVE_APPROVAL', 20, 5, ['APPLICATION', 'LICENSE', 'VEHICLE', 'SAFETY_RULES', 'QUALIFICATION'], [NC, CP, SC, DC], true],
  ['SPJ-0003', '民办职业培训学校设立', 'ADMINISTRATIVE_APPROVAL', 30, 15, ['APPLICATION', 'LEGAL_ID', 'PREMISES', 'FUNDS', 'QUALIFICATION'], [NC, DC], false],
  ['SPJ-0004', '医疗机构执业登记（诊所备案）', 'ADMINISTRATIVE_APPROVAL', 20, 5, ['APPLICATION', 'LICENSE', 'QUALIFICATION', 'LAYOUT'], [NC, DC], false],
  ['SPJ-0005', '建设项目用地预审与选址意见', 'ADMINISTRATIVE_APPROVAL', 20, 10, ['APPLICATION', 'LICENSE', 'DESIGN'], [NC, DC], false],
  ['SPJ-0006', '机动车维修经营备案', 'ADMINISTRATIVE_APPROVAL', 5, 1, ['APPLICATION', 'LICENSE', 'EQUIPMENT', 'QUALIFICATION'], [NC, SC, DC], true],
  ['SPJ-0007', '企业开办一件事（登记、刻章、申领发票、社保登记）', 'ADMINISTRATIVE_APPROVAL', 3, 1, ['APPLICATION', 'LEGAL_ID', 'PREMISES', 'BANK'], [NC, CP, SC, DC], true],
  ['ZJJ-0001', '建筑工程施工许可证核发', 'HOUSING_CONSTRUCTION', 7, 3, ['APPLICATION', 'PROPERTY', 'PLANNING', 'CONTRACT', 'FUNDS'], [NC, DC], true],
  ['ZJJ-0002', '建设工程竣工验收备案', 'HOUSING_CONSTRUCTION', 15, 5, ['APPLICATION', 'PLANNING', 'FIRE', 'CONTRACT'], [NC, DC], true],
  ['ZJJ-0003', '商品房预售许可', 'HOUSING_CONSTRUCTION', 10, 5, ['APPLICATION', 'PROPERTY', 'PLANNING', 'FUNDS'], [NC], false],
  ['ZJJ-0004', '建筑业企业资质（施工总承包三级）核准', 'HOUSING_CONSTRUCTION', 20, 10, ['APPLICATION', 'LICENSE', 'QUALIFICATION', 'SAFETY_RULES'], [NC, CP, DC], false],
  ['ZJJ-0005', '建设工程消防验收备案', 'HOUSING_CONSTRUCTION', 15, 5, ['APPLICATION', 'PLANNING', 'DESIGN', 'FIRE'], [NC, DC], true],
  ['ZJJ-0006', '房屋建筑工程质量安全监督手续', 'HOUSING_CONSTRUCTION', 5, 2, ['APPLICATION', 'CONTRACT', 'SAFETY_RULES'], [SC, DC], true],
  ['HJJ-0001', '建设项目环境影响报告表审批', 'ECOLOGY_ENVIRONMENT', 30, 10, ['APPLICATION', 'LICENSE', 'EIA_REPORT'], [NC], true],
  ['HJJ-0002', '排污许可证核发（简化管理）', 'ECOLOGY_ENVIRONMENT', 20, 10, ['APPLICATION', 'LICENSE', 'MONITORING', 'EQUIPMENT'], [NC, DC], true],
  ['HJJ-0003', '固定污染源排污登记', 'ECOLOGY_ENVIRONMENT', 5, 1, ['APPLICATION', 'LICENSE'], [NC, CP, SC], true],
  ['HJJ-0004', '建设项目环境影响登记表备案', 'ECOLOGY_ENVIRONMENT', 1, 1, ['APPLICATION', 'LICENSE'], [NC, CP, SC], true],
  ['YJJ-0001', '危险化学品经营许可（无储存）', 'EMERGENCY_MANAGEMENT', 30, 10, ['APPLICATION', 'LICENSE', 'SAFETY_RULES', 'QUALIFICATION', 'EMERGENCY_PLAN'], [NC, DC], false],
  ['YJJ-0002', '烟花爆竹经营（零售）许可', 'EMERGENCY_MANAGEMENT', 20, 5, ['APPLICATION', 'LICENSE', 'PREMISES', 'SAFETY_RULES'], [NC, DC], false],
  ['YJJ-0003', '生产安全事故应急预案备案', 'EMERGENCY_MANAGEMENT', 5, 1, ['APPLICATION', 'LICENSE', 'EMERGENCY_PLAN'], [NC, SC, DC], true],
  ['YJJ-0004', '第三类非药品类易制毒化学品经营备案', 'EMERGENCY_MANAGEMENT', 5, 2, ['APPLICATION', 'LICENSE', 'SAFETY_RULES'], [NC, DC], false],
  ['FGW-0001', '企业投资项目备案', 'DEVELOPMENT_REFORM', 3, 1, ['APPLICATION', 'LICENSE'], [NC, CP, SC], true],
  ['FGW-0002', '固定资产投资项目节能审查', 'DEVELOPMENT_REFORM', 20, 10, ['APPLICATION', 'LICENSE', 'DESIGN'], [NC, DC], false],
  ['FGW-0003', '企业投资项目核准', 'DEVELOPMENT_REFORM', 20, 15, ['APPLICATION', 'LICENSE', 'PROPERTY', 'EIA_REPORT'], [NC], false],
  ['CGJ-0001', '城市建筑垃圾处置核准', 'URBAN_MANAGEMENT', 20, 5, ['APPLICATION', 'LICENSE', 'VEHICLE', 'CONTRACT'], [NC, SC, DC], true],
  ['CGJ-0002', '户外广告设施设置审批', 'URBAN_MANAGEMENT', 20, 5, ['APPLICATION', 'LICENSE', 'DESIGN', 'PROPERTY'], [NC, SC, DC], true],
  ['CGJ-0003', '临时占用城市道路审批', 'URBAN_MANAGEMENT', 20, 3, ['APPLICATION', 'LICENSE', 'DESIGN'], [NC, SC, DC], true],
  ['CGJ-0004', '城市道路挖掘许可', 'URBAN_MANAGEMENT', 20, 5, ['APPLICATION', 'LICENSE', 'DESIGN', 'CONTRACT'], [NC, DC], true],
  ['CGJ-0005', '门头牌匾设置备案', 'URBAN_MANAGEMENT', 5, 1, ['APPLICATION', 'LICENSE', 'DESIGN'], [NC, SC, DC], true],
  ['CGJ-0006', '砍伐、迁移城市树木审批', 'URBAN_MANAGEMENT', 20, 10, ['APPLICATION', 'PROPERTY', 'DESIGN'], [NC], false, WINDOW],
  ['WLJ-0001', '营业性演出审批', 'CULTURE_TOURISM', 20, 3, ['APPLICATION', 'LICENSE', 'PROGRAMME', 'SAFETY_RULES'], [NC, SC, DC], true],
  ['WLJ-0002', '娱乐场所经营许可', 'CULTURE_TOURISM', 20, 10, ['APPLICATION', 'LICENSE', 'PREMISES', 'FIRE', 'LAYOUT'], [NC, DC], false],
  ['WLJ-0003', '互联网上网服务营业场所经营许可', 'CULTURE_TOURISM', 20, 10, ['APPLICATION', 'LICENSE', 'PREMISES', 'FIRE'], [NC, DC], false],
  ['WLJ-0004', '出版物零售业务经营许可', 'CULTURE_TOURISM', 20, 5, ['APPLICATION', 'LICENSE', 'PREMISES'], [NC, SC, DC], false],
  ['JD-0001', '企业用工招聘信息发布（街道代办）', 'HOUZHAI_STREET_OFFICE', 5, 1, ['APPLICATION', 'LICENSE'], [NC, SC], true],
  ['JD-0002', '小微企业房屋租赁备案（街道代办）', 'HOUZHAI_STREET_OFFICE', 5, 2, ['APPLICATION', 'LICENSE', 'PREMISES'], [NC, SC, DC], true, WINDOW],
];

/** The sample list as rows, with stable ids so a rerun of the seed finds them again. */
export const sampleServiceMatters: ServiceMatter[] = rows.map(
  ([
    code,
    name,
    departmentCode,
    legalDays,
    promisedDays,
    materials,
    modes,
    highFrequency,
    channels,
  ]) => ({
    id: stableId('service-matter', code),
    code,
    name,
    departmentCode,
    legalDays,
    promisedDays,
    materials: materials.map((key) => {
      const material = M[key];
      if (!material) throw new RangeError(`No sample material ${key}`);
      return { code: key, ...material };
    }),
    modes,
    // 跨省通办 runs online and at a window alike; the rest as listed.
    channels: channels ?? BOTH,
    highFrequency,
    listed: true,
    sample: true,
    version: 1,
    updatedAt: new Date('2024-03-01T01:00:00Z'),
    updatedBy: 'seed',
  }),
);

/** Adds the sample matters missing from the list, each with its first version, in two statements; changed ones are left as they are. */
export async function seedServiceMatters(manager: EntityManager): Promise<void> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(ServiceMatter)
    .values(sampleServiceMatters)
    .orIgnore()
    .returning(['id'])
    .execute();
  const added = new Set((inserted.raw as Array<{ id: string }>).map((row) => row.id));
  const versions = sampleServiceMatters
    .filter((matter) => added.has(matter.id))
    .map((matter) => versionOf(matter, '示例数据 (sample)'));
  if (versions.length > 0) await manager.insert(ServiceMatterVersion, versions);
}
