/**
 * The parts of a 统一社会信用代码 before its check character (GB 32100-2015, table 1 and §4):
 * position 1 the registration authority (登记管理部门), position 2 the category of body under that
 * authority (机构类别), positions 3–8 the administrative division (登记管理机关行政区划码, GB/T 2260)
 * and 9–17 the organisation code (主体标识码, GB 11714) with its own check character.
 */

/** Registration authority → the category codes it issues, from the standard's table 1 (and its 2017 amendment for `A`). */
export const REGISTRATION_AUTHORITIES: Readonly<
  Record<string, { name: string; categories: Readonly<Record<string, string>> }>
> = {
  '1': {
    name: '机构编制',
    categories: { '1': '机关', '2': '事业单位', '3': '群众团体', '9': '其他' },
  },
  '2': { name: '外交', categories: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    categories: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
  },
  '4': { name: '文化', categories: { '1': '外国在华文化中心', '9': '其他' } },
  '5': {
    name: '民政',
    categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' },
  },
  '6': {
    name: '旅游',
    categories: {
      '1': '外国旅游部门常驻代表机构',
      '2': '港澳台地区旅游部门常驻内地代表机构',
      '9': '其他',
    },
  },
  '7': { name: '宗教', categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', categories: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商', categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', categories: { '1': '军队事业单位', '9': '其他' } },
  N: {
    name: '农业',
    categories: {
      '1': '组级集体经济组织',
      '2': '村级集体经济组织',
      '3': '乡镇级集体经济组织',
      '9': '其他',
    },
  },
  Y: { name: '其他', categories: { '1': '其他' } },
};

/**
 * The first two digits of a GB/T 2260 division: the provinces, autonomous regions and municipalities,
 * Taiwan, Hong Kong and Macao, and `10` for bodies registered by the central government (100000).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type StructureProblem =
  'REGISTRATION_AUTHORITY' | 'CATEGORY' | 'DIVISION' | 'ORGANISATION_CODE';

/**
 * Whether six characters can be a division a code was issued under. Divisions change (counties are
 * merged, renamed, renumbered) but a code keeps the one it was issued under, so only the shape is
 * checked against today's provinces: `PP0000` a province, `PPCC00` a prefecture, `PPCCXX` a county,
 * never a county under prefecture `00`.
 */
export function isPlausibleDivision(division: string): boolean {
  if (!/^\d{6}$/.test(division)) return false;
  if (!PROVINCE_CODES.has(division.slice(0, 2))) return false;
  return !(division.slice(2, 4) === '00' && division.slice(4, 6) !== '00');
}

const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714's value of a character: digits as themselves, A=10 … Z=35. */
function organisationValue(character: string): number {
  return Number.parseInt(character, 36);
}

/** The GB 11714 check character (0-9 or X) of an organisation code's first eight characters. */
export function organisationCodeCheckCharacter(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8))
    throw new RangeError('An organisation code body has 8 digits or capital letters');
  const sum = [...first8].reduce(
    (total, character, index) =>
      total + organisationValue(character) * (ORGANISATION_WEIGHTS[index] ?? 0),
    0,
  );
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** An organisation code of nine characters whose last one checks the others; all zeros is no one's. */
export function isValidOrganisationCode(code: string): boolean {
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code) || /^0{8}/.test(code)) return false;
  return organisationCodeCheckCharacter(code.slice(0, 8)) === code[8];
}

/** The first part of the first 17 characters that the standard does not allow, or `undefined`. */
export function findStructureProblem(first17: string): StructureProblem | undefined {
  const authority = REGISTRATION_AUTHORITIES[first17.charAt(0)];
  if (!authority) return 'REGISTRATION_AUTHORITY';
  if (!authority.categories[first17.charAt(1)]) return 'CATEGORY';
  if (!isPlausibleDivision(first17.slice(2, 8))) return 'DIVISION';
  if (!isValidOrganisationCode(first17.slice(8, 17))) return 'ORGANISATION_CODE';
  return undefined;
}
