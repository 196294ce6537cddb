import { createHash } from 'node:crypto';
import { creditCodeCheckCharacter } from '@erqi/shared/util-credit-code';
import { gridCellByCode } from './places';
import { stableId } from './stable-id';

export interface EnterpriseFixture {
  id: string;
  name: string;
  creditCode: string;
  gridCellId: string;
  /** Contact person and phone: personal data, masked for roles that do not need it (later issue). */
  contactName: string;
  contactPhone: string;
}

/** GB 11714 organisation code: 8 characters and a check character (0-9 or X). */
function organisationCode(seed: string): string {
  const digits = createHash('sha1')
    .update(seed)
    .digest('hex')
    .replace(/[a-f]/g, '')
    .padEnd(8, '7')
    .slice(0, 8);
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...digits].reduce(
    (total, digit, index) => total + Number(digit) * (weights[index] ?? 0),
    0,
  );
  const check = 11 - (sum % 11);
  return `${digits}${check === 10 ? 'X' : check === 11 ? '0' : String(check)}`;
}

/** A valid code for a company registered in Erqi District (division 410103). */
function creditCodeFor(name: string): string {
  const body = `91410103${organisationCode(name)}`;
  return `${body}${creditCodeCheckCharacter(body)}`;
}

/** The collective company is the article's; every other company here is invented sample data (no district brand as a company name). */
const seeds: Array<[name: string, cellCode: string, contactName: string]> = [
  ['河南八方顺亿实业有限公司', 'BGM-E01', '办公室 孙主任'],
  ['郑州八卦庙物业服务有限公司', 'BGM-E01', '经理 周敏'],
  ['郑州凯旋路物流有限公司', 'BGM-E01', '经理 吴强'],
  ['郑州晨雨食品有限公司', 'BGM-E01', '经理 郑丽'],
  ['郑州晨霞建材有限公司', 'BGM-E01', '经理 冯涛'],
  ['郑州侯寨农业科技有限公司', 'BGM-E01', '经理 褚红'],
  ['郑州凯旋路电子商务有限公司', 'BGM-E01', '经理 卫东'],
  ['郑州晨霞财税咨询有限公司', 'BGM-E02', '经理 蒋芳'],
  ['河南企业联盟人力资源有限公司', 'BGM-E02', '经理 沈军'],
  ['郑州凯旋汽车维修有限公司', 'BGM-E02', '经理 韩梅'],
  ['郑州樱桃沟农家乐餐饮有限公司', 'BGM-E02', '经理 杨帆'],
  ['郑州晨雨印务有限公司', 'BGM-E02', '经理 朱琳'],
  ['郑州侯寨机电设备有限公司', 'BGM-E02', '经理 秦岭'],
  ['郑州八方顺亿保洁服务有限公司', 'BGM-E02', '经理 尤佳'],
  ['郑州贾鲁水镇文化旅游有限公司', 'BGM-E03', '经理 许诺'],
  ['郑州龙年灯会文化传播有限公司', 'BGM-E03', '经理 何静'],
  ['郑州水镇民宿管理有限公司', 'BGM-E03', '经理 吕宁'],
  ['郑州水镇小吃餐饮管理有限公司', 'BGM-E03', '经理 施晨'],
  ['郑州侯寨文创产品有限公司', 'BGM-E03', '经理 张扬'],
  ['郑州晨霞便利店有限公司', 'BGM-C03', '店长 孔亮'],
  ['郑州凯旋路五金经营部有限公司', 'BGM-C01', '店长 曹阳'],
  ['郑州晨雨家政服务有限公司', 'BGM-C02', '经理 严冬'],
];

export const enterprises: EnterpriseFixture[] = seeds.map(
  ([name, cellCode, contactName], index) => ({
    id: stableId('enterprise', name),
    name,
    creditCode: creditCodeFor(name),
    gridCellId: gridCellByCode(cellCode).id,
    contactName,
    contactPhone: `1390000${String(index + 1).padStart(4, '0')}`,
  }),
);

/** 河南八方顺亿实业有限公司: the community's collective enterprise (2023 revenue 4M+ yuan). */
export const collectiveEnterprise = enterprises[0] as EnterpriseFixture;

export function enterpriseByName(name: string): EnterpriseFixture {
  const enterprise = enterprises.find((candidate) => candidate.name === name);
  if (!enterprise) throw new RangeError(`No seed enterprise ${name}`);
  return enterprise;
}
