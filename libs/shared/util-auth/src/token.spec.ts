import { Role } from './caller';
import { createTokenVerifier, issueDevelopmentToken } from './token';

describe('token verification', () => {
  const verify = createTokenVerifier({
    issuer: 'https://auth.erqi.local',
    audience: 'erqi-grid-governance',
  });

  it('turns a valid development token into the caller with its scopes', async () => {
    const token = await issueDevelopmentToken('worker-1', {
      role: Role.GRID_WORKER,
      name: '网格员',
      grid_cell_ids: ['c1', 'c2'],
    });
    await expect(verify(`Bearer ${token}`)).resolves.toEqual({
      kind: 'user',
      subject: 'worker-1',
      role: Role.GRID_WORKER,
      name: '网格员',
      gridCellIds: ['c1', 'c2'],
    });
  });

  it('treats no header as anonymous', async () => {
    await expect(verify(undefined)).resolves.toEqual({ kind: 'anonymous' });
  });

  it('refuses expired tokens, other audiences, tampered claims and unknown roles', async () => {
    const expired = await issueDevelopmentToken('x', { role: Role.ADMIN }, { expiresIn: '-1s' });
    await expect(verify(`Bearer ${expired}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/expired/),
    });

    const elsewhere = await issueDevelopmentToken(
      'x',
      { role: Role.ADMIN },
      { config: { issuer: 'https://auth.erqi.local', audience: 'another-system' } },
    );
    await expect(verify(`Bearer ${elsewhere}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const [header, payload, signature] = (
      await issueDevelopmentToken('x', { role: Role.ENTERPRISE })
    ).split('.');
    const promoted = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()),
        role: 'ADMIN',
      }),
    ).toString('base64url');
    await expect(verify(`Bearer ${header}.${promoted}.${signature}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const unknownRole = await issueDevelopmentToken('x', { role: 'MAYOR' as Role });
    await expect(verify(`Bearer ${unknownRole}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(verify('Token abc')).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
