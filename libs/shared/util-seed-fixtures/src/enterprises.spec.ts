import { findCreditCodeProblem } from '@erqi/shared/util-credit-code';
import { enterprises } from './enterprises';

describe('the seed enterprises (sample data)', () => {
  it('have credit codes that pass every GB 32100 check, each one different', () => {
    expect(enterprises.length).toBeGreaterThan(20);
    expect(enterprises.map((enterprise) => findCreditCodeProblem(enterprise.creditCode))).toEqual(
      enterprises.map(() => undefined),
    );
    expect(new Set(enterprises.map((enterprise) => enterprise.creditCode)).size).toBe(
      enterprises.length,
    );
  });
});
