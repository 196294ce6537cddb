/** 二七帮 screens' pure rules: amounts in yuan as people read them, and what an amount field may hold. */

/** An amount in yuan: `5万元` / `2.5万元` from 10,000 up in Chinese, else grouped digits with 元 or yuan. */
export function formatYuan(value: number, language: string): string {
  if (language.startsWith('zh')) {
    if (Math.abs(value) >= 10_000) {
      const wan = value / 10_000;
      return `${Number.isInteger(wan) ? wan : Number(wan.toFixed(2))}万元`;
    }
    return `${new Intl.NumberFormat('zh-CN').format(value)}元`;
  }
  return `${new Intl.NumberFormat('en').format(value)} yuan`;
}

export type AmountProblem = 'empty' | 'notWhole' | 'negative' | 'overCap';

/** What is wrong with an amount typed in yuan (whole yuan, 0 to the cap), or undefined when nothing is. */
export function amountProblem(text: string, cap: number, min = 0): AmountProblem | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (!/^-?\d+$/.test(trimmed)) return 'notWhole';
  const value = Number(trimmed);
  if (value < min) return 'negative';
  if (value > cap) return 'overCap';
  return undefined;
}

/** A day as YYYY-MM-DD: whether it is a real day not before `today` (both Shanghai dates). */
export function isFutureOrToday(date: string, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date && date >= today
  );
}
