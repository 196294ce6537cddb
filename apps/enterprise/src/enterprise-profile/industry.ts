/**
 * 国民经济行业分类 (GB/T 4754-2017): each section (门类, a letter) spans a range of divisions (大类,
 * the first two digits of a class code). A class (小类) is four digits; a criterion may also name a
 * division (two digits) or a group (中类, three digits) and then covers every class under it.
 */
export const INDUSTRY_SECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  A: [1, 5], // 农、林、牧、渔业
  B: [6, 12], // 采矿业
  C: [13, 43], // 制造业
  D: [44, 46], // 电力、热力、燃气及水生产和供应业
  E: [47, 50], // 建筑业
  F: [51, 52], // 批发和零售业
  G: [53, 60], // 交通运输、仓储和邮政业
  H: [61, 62], // 住宿和餐饮业
  I: [63, 65], // 信息传输、软件和信息技术服务业
  J: [66, 69], // 金融业
  K: [70, 70], // 房地产业
  L: [71, 72], // 租赁和商务服务业
  M: [73, 75], // 科学研究和技术服务业
  N: [76, 79], // 水利、环境和公共设施管理业
  O: [80, 82], // 居民服务、修理和其他服务业
  P: [83, 83], // 教育
  Q: [84, 85], // 卫生和社会工作
  R: [86, 90], // 文化、体育和娱乐业
  S: [91, 97], // 公共管理、社会保障和社会组织
  T: [98, 98], // 国际组织
};

export const INDUSTRY_CLASS = /^\d{4}$/;
/** A division, group or class code: what a policy's industry criterion may name. */
export const INDUSTRY_CODE = /^\d{2,4}$/;

/** The section a division, group or class code falls in, or undefined for a division that does not exist. */
export function sectionOfCode(code: string): string | undefined {
  const division = Number(code.slice(0, 2));
  return Object.entries(INDUSTRY_SECTIONS).find(
    ([, [first, last]]) => division >= first && division <= last,
  )?.[0];
}

/** Whether a class lies under a criterion's code (a division, group or the class itself). */
export function classFallsUnder(industryClass: string, code: string): boolean {
  return industryClass.startsWith(code);
}
