import { claimsOf, isExpired } from './claims';

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (payload: unknown): string => `${encode({ alg: 'ES256' })}.${encode(payload)}.sig`;

describe('claimsOf', () => {
  it('reads a grid worker with Chinese name and cells', () => {
    const claims = claimsOf(
      token({
        sub: 'u1',
        role: 'GRID_WORKER',
        name: '网格员 张',
        grid_cell_ids: ['c1', 'c2'],
        exp: 10,
      }),
    );
    expect(claims).toEqual({
      subject: 'u1',
      role: 'GRID_WORKER',
      name: '网格员 张',
      gridCellIds: ['c1', 'c2'],
      expiresAt: 10,
    });
  });

  it('refuses a token without a known role or subject, or that is not a JWT', () => {
    expect(claimsOf(token({ sub: 'u1', role: 'KING' }))).toBeUndefined();
    expect(claimsOf(token({ role: 'LEADER' }))).toBeUndefined();
    expect(claimsOf('not a token')).toBeUndefined();
  });

  it('counts a token as expired a minute before its expiry', () => {
    const claims = { subject: 'u', role: 'LEADER' as const, expiresAt: 1000 };
    expect(isExpired(claims, 900_000)).toBe(false);
    expect(isExpired(claims, 940_000)).toBe(true);
  });
});
