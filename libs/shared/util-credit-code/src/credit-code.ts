import { findStructureProblem, type StructureProblem } from './credit-code-structure';

/**
 * 统一社会信用代码: the 18-character unified social credit code of GB 32100-2015.
 * Characters come from a 31-letter alphabet (no I, O, Z, S, V); the first 17 follow the standard's
 * structure (credit-code-structure.ts) and the last one is a check character.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'LENGTH' | 'CHARACTER' | StructureProblem | 'CHECK_CHARACTER';

/** The check character for the first 17 characters of a code. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('A credit code body has 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) throw new RangeError(`"${first17[i]}" is not allowed in a credit code`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] ?? '0';
}

/** Why a code is not a valid unified social credit code, or `undefined` when it is. */
export function findCreditCodeProblem(code: string): CreditCodeProblem | undefined {
  if (code.length !== 18) return 'LENGTH';
  if ([...code].some((character) => !ALPHABET.includes(character))) return 'CHARACTER';
  // The structure first: a code that checks but names no authority or place (000000000000000000) is still wrong.
  const structure = findStructureProblem(code.slice(0, 17));
  if (structure) return structure;
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? undefined : 'CHECK_CHARACTER';
}

export function isValidCreditCode(code: string): boolean {
  return findCreditCodeProblem(code) === undefined;
}

/** A sentence for a person who typed the code, e.g. in a BAD_USER_INPUT error. */
export function describeCreditCodeProblem(problem: CreditCodeProblem): string {
  switch (problem) {
    case 'LENGTH':
      return 'A unified social credit code has exactly 18 characters';
    case 'CHARACTER':
      return 'A unified social credit code uses only digits and the capital letters A-Y except I, O, S, V and Z';
    case 'REGISTRATION_AUTHORITY':
      return 'The first character of a unified social credit code names the registration authority (1-9, A, N or Y); this one names none';
    case 'CATEGORY':
      return 'The second character of a unified social credit code is the category of body, and this one is not a category of the registration authority named by the first (e.g. 91 for a company)';
    case 'DIVISION':
      return 'Characters 3 to 8 of a unified social credit code are the six-digit administrative division it was issued in (e.g. 410103), and these are not a division of any province';
    case 'ORGANISATION_CODE':
      return 'Characters 9 to 17 of a unified social credit code are the organisation code, whose last character checks the other eight, and these do not check';
    case 'CHECK_CHARACTER':
      return 'The last character of this unified social credit code does not match the others; check for a typing mistake';
  }
}
