import { stableId } from './stable-id';

/**
 * 八卦庙社区's households and residents: SAMPLE data. The article gives the community's figures
 * (558 households relocated in 2016, over 90 %; 回迁 due to start), not its people: every name,
 * date, address and number below is invented by a seeded generator, the same on every machine.
 * 600 households in all, so that 558 relocated households are "over 90 %" (93 %).
 */
export const COMMUNITY_CODE = '410103-HZ-BGM';

/** 征迁/回迁 status of a household. */
export type RelocationStatusFixture =
  'NOT_RELOCATED' | 'RELOCATED' | 'AWAITING_RETURN' | 'RETURNED';

export interface HouseholdFixture {
  id: string;
  /** 户号, e.g. BGM-0001. */
  code: string;
  originalAddress: string;
  currentAddress: string;
  relocationStatus: RelocationStatusFixture;
  /** The day the household moved out (征迁), ISO date; null when not relocated. */
  relocatedOn: string | null;
}

export interface ResidentFixture {
  id: string;
  householdId: string;
  name: string;
  gender: 'MALE' | 'FEMALE';
  /** ISO date. */
  birthDate: string;
  /** 居民身份证号 with a valid check character. */
  idNumber: string;
  phone: string | null;
  /** The day membership of the community began (birth for those born to it, marriage otherwise). */
  memberSince: string;
  /** ISO date of death, when the sample marks one. */
  diedOn: string | null;
}

/** The seed's figures (the article): relocated households, the whole, and the sample's split. */
export const RELOCATION_SEED = {
  households: 600,
  relocated: 558,
  /** Sample: households settled with money (货币安置) who will not return. */
  settledElsewhere: 60,
  /** 回迁 "due to start" (the article): none returned yet. */
  returned: 0,
} as const;

/** mulberry32: a small seeded generator, so the sample is the same everywhere. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'];
const GIVEN_MALE = [
  '建国',
  '国强',
  '志刚',
  '海涛',
  '永军',
  '德福',
  '长青',
  '振华',
  '伟',
  '磊',
  '浩然',
  '子轩',
  '明',
  '军',
  '保全',
  '春生',
];
const GIVEN_FEMALE = [
  '秀英',
  '桂兰',
  '玉梅',
  '淑芬',
  '丽',
  '静',
  '红霞',
  '凤英',
  '婷',
  '欣怡',
  '雨涵',
  '梓萱',
  '春花',
  '翠萍',
  '小燕',
  '素琴',
];
const ROADS = ['凯旋路', '晨雨路', '晨霞路', '八卦庙路'];
const CITY_PLACES = [
  '中原区建设路',
  '金水区文化路',
  '管城回族区航海东路',
  '惠济区天河路',
  '二七区嵩山南路',
  '二七区大学路',
  '中原区桐柏路',
  '金水区东风路',
];

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** GB 11643: the 18th character of a 居民身份证号. */
export function idNumberCheckCharacter(first17: string): string {
  const sum = [...first17].reduce(
    (total, digit, index) => total + Number(digit) * (WEIGHTS[index] ?? 0),
    0,
  );
  return '10X98765432'[sum % 11] ?? 'X';
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function generate(): { households: HouseholdFixture[]; residents: ResidentFixture[] } {
  const random = generator(20160101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number): number =>
    low + Math.floor(random() * (high - low + 1));
  const date = (year: number): string => `${year}-${pad(between(1, 12))}-${pad(between(1, 28))}`;
  const households: HouseholdFixture[] = [];
  const residents: ResidentFixture[] = [];
  let serial = 0;
  const person = (
    householdId: string,
    surname: string,
    gender: 'MALE' | 'FEMALE',
    birthDate: string,
    memberSince: string,
    diedOn: string | null = null,
  ): ResidentFixture => {
    serial += 1;
    const sequence = pad((serial % 499) * 2 + (gender === 'MALE' ? 1 : 0), 3);
    const first17 = `410103${birthDate.replaceAll('-', '')}${sequence}`;
    return {
      id: stableId('resident', `BGM-${serial}`),
      householdId,
      name: `${surname}${pick(gender === 'MALE' ? GIVEN_MALE : GIVEN_FEMALE)}`,
      gender,
      birthDate,
      idNumber: `${first17}${idNumberCheckCharacter(first17)}`,
      phone: random() < 0.85 ? `139${pad(between(0, 99999999), 8)}` : null,
      memberSince,
      diedOn,
    };
  };
  for (let index = 1; index <= RELOCATION_SEED.households; index += 1) {
    const code = `BGM-${pad(index, 4)}`;
    const id = stableId('household', code);
    const originalAddress = `八卦庙社区${pick(ROADS)}${between(1, 320)}号`;
    const relocated = index <= RELOCATION_SEED.relocated;
    const relocationStatus: RelocationStatusFixture = !relocated
      ? 'NOT_RELOCATED'
      : index <= RELOCATION_SEED.settledElsewhere
        ? 'RELOCATED'
        : 'AWAITING_RETURN';
    households.push({
      id,
      code,
      originalAddress,
      currentAddress: relocated
        ? `郑州市${pick(CITY_PLACES)}${between(1, 200)}号院${between(1, 20)}号楼`
        : originalAddress,
      relocationStatus,
      // 征迁 began in 2016 and moved 558 households in 40 days.
      relocatedOn: relocated
        ? `2016-${between(3, 4) === 3 ? '03' : '04'}-${pad(between(1, 28))}`
        : null,
    });
    const surname = pick(SURNAMES);
    // Heads born 1938-1976, so that many are 60 or more and some 80 or more.
    const headYear = between(1938, 1976);
    const head = person(id, surname, 'MALE', date(headYear), '');
    head.memberSince = head.birthDate;
    residents.push(head);
    const spouseBirth = date(headYear + between(-3, 3));
    residents.push(
      person(id, pick(SURNAMES), 'FEMALE', spouseBirth, `${headYear + between(21, 26)}-05-01`),
    );
    if (random() < 0.3 && headYear > 1950) {
      const elderBirth = date(between(1932, Math.min(1948, headYear - 20)));
      const died = random() < 0.15 ? `${between(2020, 2025)}-${pad(between(1, 12))}-15` : null;
      const elder = person(
        id,
        surname,
        random() < 0.6 ? 'FEMALE' : 'MALE',
        elderBirth,
        elderBirth,
        died,
      );
      residents.push(elder);
    }
    const children = headYear > 1990 ? 0 : between(0, 2);
    for (let child = 0; child < children; child += 1) {
      const birth = date(Math.min(2024, headYear + between(22, 34)));
      residents.push(person(id, surname, random() < 0.5 ? 'MALE' : 'FEMALE', birth, birth));
    }
  }
  return { households, residents };
}

const population = generate();

/** The community's 600 sample households, 558 of them relocated. */
export const households: readonly HouseholdFixture[] = population.households;
/** The sample residents (about 1,700), every one a member of one household. */
export const residents: readonly ResidentFixture[] = population.residents;
