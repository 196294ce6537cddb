import {
  creditCodeCheckCharacter,
  describeCreditCodeProblem,
  organisationCodeCheckCharacter,
} from '@erqi/shared/util-credit-code';
import { GraphQLError } from 'graphql';
import { checkedCreditCode, normalizeCreditCode } from './enterprise.service';

const body = `91410103MA4ABCDE${organisationCodeCheckCharacter('MA4ABCDE')}`;
const valid = `${body}${creditCodeCheckCharacter(body)}`;
const wrongCheck = `${body}${creditCodeCheckCharacter(body) === '0' ? '1' : '0'}`;

function thrownBy(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
  }
  throw new TypeError('expected a GraphQLError');
}

describe('checkedCreditCode', () => {
  it('accepts a valid code as typed, with spaces around or in lower case', () => {
    expect(checkedCreditCode(valid, 'code')).toBe(valid);
    expect(checkedCreditCode(`  ${valid.toLowerCase()} `, 'code')).toBe(valid);
    expect(normalizeCreditCode(` ${valid.toLowerCase()}`)).toBe(valid);
  });

  it('answers BAD_USER_INPUT on the named field with the sentence for the problem', () => {
    const error = thrownBy(() => checkedCreditCode(wrongCheck, 'creditCode'));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    expect(error.message).toBe(describeCreditCodeProblem('CHECK_CHARACTER'));
    expect(thrownBy(() => checkedCreditCode('9141', 'code')).message).toBe(
      describeCreditCodeProblem('LENGTH'),
    );
    expect(
      thrownBy(() => checkedCreditCode(`${body.slice(0, 16)}I${valid[17]}`, 'code')).message,
    ).toBe(describeCreditCodeProblem('CHARACTER'));
  });

  // Issue 9, attack 8: this registered, its check character being right.
  it('refuses 000000000000000000, saying that no registration authority has code 0', () => {
    const error = thrownBy(() => checkedCreditCode('000000000000000000', 'creditCode'));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    expect(error.message).toBe(describeCreditCodeProblem('REGISTRATION_AUTHORITY'));
    expect(error.message).toContain('registration authority');
  });
});
