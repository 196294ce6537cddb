import { BadUserInput } from '@erqi/shared/util-errors';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** 居民身份证号 (GB 11643): 17 digits and a check character; BAD_USER_INPUT on `idNumber` otherwise. */
export function checkIdNumber(idNumber: string): string {
  const value = idNumber.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value))
    throw new BadUserInput(
      'idNumber',
      'A 居民身份证号 has 17 digits and a check character (0-9 or X)',
    );
  const sum = [...value.slice(0, 17)].reduce(
    (total, digit, index) => total + Number(digit) * (WEIGHTS[index] ?? 0),
    0,
  );
  if ('10X98765432'[sum % 11] !== value[17])
    throw new BadUserInput('idNumber', 'The check character of this 居民身份证号 does not match');
  return value;
}

/** 4101**********123X: enough to tell two people apart, not to use the number. */
export function maskIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 4)}${'*'.repeat(Math.max(idNumber.length - 8, 0))}${idNumber.slice(-4)}`;
}
