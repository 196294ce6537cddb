import { amountProblem, formatYuan, isFutureOrToday } from './erqi-help';

describe('二七帮 screens', () => {
  it('writes amounts in 万元 from ten thousand up in Chinese', () => {
    expect(formatYuan(50_000, 'zh-CN')).toBe('5万元');
    expect(formatYuan(25_000, 'zh-CN')).toBe('2.5万元');
    expect(formatYuan(3_000, 'zh-CN')).toBe('3,000元');
    expect(formatYuan(50_000, 'en')).toBe('50,000 yuan');
  });

  it('says what is wrong with an amount before anything is sent', () => {
    expect(amountProblem('', 100)).toBe('empty');
    expect(amountProblem('12.5', 100)).toBe('notWhole');
    expect(amountProblem('-1', 100)).toBe('negative');
    expect(amountProblem('101', 100)).toBe('overCap');
    expect(amountProblem('100', 100)).toBeUndefined();
    expect(amountProblem('0', 100)).toBeUndefined();
    expect(amountProblem('0', 100, 1)).toBe('negative');
  });

  it('takes a needed-by day from today on', () => {
    expect(isFutureOrToday('2024-03-11', '2024-03-11')).toBe(true);
    expect(isFutureOrToday('2024-03-10', '2024-03-11')).toBe(false);
    expect(isFutureOrToday('2024-02-30', '2024-01-01')).toBe(false);
  });
});
