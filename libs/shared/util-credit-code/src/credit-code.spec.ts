import { creditCodeCheckCharacter, findCreditCodeProblem, isValidCreditCode } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  // Published codes of real companies, as printed on their business licences.
  it.each(['91350100M000100Y43', '91110108551385082Q', '914403001922038216'])(
    'accepts %s',
    (code) => {
      expect(isValidCreditCode(code)).toBe(true);
    },
  );

  it('computes the check character from the first 17', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('rejects a code whose last character was mistyped', () => {
    expect(findCreditCodeProblem('91350100M000100Y44')).toBe('CHECK_CHARACTER');
  });

  it('rejects letters outside the alphabet and wrong lengths', () => {
    expect(findCreditCodeProblem('91350100M000100YO3')).toBe('CHARACTER');
    expect(findCreditCodeProblem('91350100M000100Y4')).toBe('LENGTH');
    expect(findCreditCodeProblem('')).toBe('LENGTH');
  });
});
