import { creditCodeCheckCharacter, findCreditCodeProblem } from './credit-code';
import { isPlausibleDivision, organisationCodeCheckCharacter } from './credit-code-structure';

/** A code with a correct check character, so only its structure can be wrong. */
function checked(first17: string): string {
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

/** The same 17 characters with a check character that does not match them. */
function mistyped(first17: string): string {
  return `${first17}${creditCodeCheckCharacter(first17) === '0' ? '1' : '0'}`;
}

/** Eight characters of an organisation code and their GB 11714 check character. */
function organisation(first8: string): string {
  return `${first8}${organisationCodeCheckCharacter(first8)}`;
}

describe('the structure of a unified social credit code (GB 32100-2015)', () => {
  it.each([
    ['a company in Erqi District', `91410103${organisation('MA44XK1B')}`],
    ['a sole trader (个体工商户)', `92410103${organisation('MA3X4L1B')}`],
    ['a farmers’ cooperative', `93410122${organisation('MA9F0G2C')}`],
    ['a public institution (事业单位)', `12410100${organisation('41600123')}`],
    ['a social organisation (社会团体)', `51410000${organisation('50123456')}`],
    ['a village collective (村级集体经济组织)', `N2410103${organisation('MB0A1234')}`],
    ['a body registered by the central government', `11100000${organisation('00001312')}`],
    [
      'a county directly under a province (省直辖县, 429004)',
      `91429004${organisation('MA4921PQ')}`,
    ],
    [
      'a division that no longer exists (410181 巩义 became a prefecture-level code in 2014)',
      `91410181${organisation('17001032')}`,
    ],
  ])('accepts %s', (_what, first17) => {
    expect(findCreditCodeProblem(checked(first17))).toBeUndefined();
  });

  it.each([
    ['all zeros', '000000000000000000', 'REGISTRATION_AUTHORITY'],
    ['authority 0', checked(`01410103${organisation('MA44XK1B')}`), 'REGISTRATION_AUTHORITY'],
    [
      'authority B (not in the table)',
      checked(`B1410103${organisation('MA44XK1B')}`),
      'REGISTRATION_AUTHORITY',
    ],
    [
      'category 4 under 工商 (9 has only 1, 2, 3)',
      checked(`94410103${organisation('MA44XK1B')}`),
      'CATEGORY',
    ],
    ['category 0 under 机构编制', checked(`10410103${organisation('MA44XK1B')}`), 'CATEGORY'],
    [
      'category 2 under 其他 (Y has only 1)',
      checked(`Y2410103${organisation('MA44XK1B')}`),
      'CATEGORY',
    ],
    ['division 000000', checked(`91000000${organisation('MA44XK1B')}`), 'DIVISION'],
    ['province 99', checked(`91990103${organisation('MA44XK1B')}`), 'DIVISION'],
    ['province 20 (between 15 and 21)', checked(`91200103${organisation('MA44XK1B')}`), 'DIVISION'],
    ['a county under prefecture 00', checked(`91410003${organisation('MA44XK1B')}`), 'DIVISION'],
    ['letters in the division', checked(`914101AB${organisation('MA44XK1B')}`), 'DIVISION'],
    ['an organisation code that does not check', checked('91410103MA44XK1B0'), 'ORGANISATION_CODE'],
    [
      'an all-zero organisation code (which checks)',
      checked('91410103000000000'),
      'ORGANISATION_CODE',
    ],
    [
      'a good structure with a mistyped check character',
      mistyped(`91410103${organisation('MA44XK1B')}`),
      'CHECK_CHARACTER',
    ],
  ])('refuses %s', (_what, code, problem) => {
    expect(code).toHaveLength(18);
    expect(findCreditCodeProblem(code)).toBe(problem);
  });

  it('computes GB 11714 check characters, X and 0 included', () => {
    // Published organisation codes: 华为 19220382-1, 小米 55138508-2.
    expect(organisationCodeCheckCharacter('19220382')).toBe('1');
    expect(organisationCodeCheckCharacter('55138508')).toBe('2');
    const checks = new Set(
      Array.from({ length: 200 }, (_, n) => organisationCodeCheckCharacter(String(10000000 + n))),
    );
    expect(checks).toEqual(new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']));
  });

  it.each([
    ['410000', true],
    ['410100', true],
    ['410103', true],
    ['110101', true],
    ['810000', true],
    ['000000', false],
    ['410003', false],
    ['4101', false],
    ['41010a', false],
  ])('division %s plausible: %s', (division, plausible) => {
    expect(isPlausibleDivision(division)).toBe(plausible);
  });
});
