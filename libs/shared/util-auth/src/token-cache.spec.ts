import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from './caller';
import { type KeySetLocation, rotateDevelopmentKey, writeDevelopmentJwks } from './keys';
import { authConfigFromEnv, createTokenVerifier, issueDevelopmentToken } from './token';

const config = { ...authConfigFromEnv({}), production: false };

describe('verified tokens are remembered until they expire, never beyond', () => {
  let folder: string;
  let keySet: KeySetLocation;
  let clock: number;
  const now = () => clock;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'erqi-token-cache-'));
    keySet = { file: join(folder, 'key-set.json'), legacyFile: join(folder, 'legacy.json') };
    clock = Date.now();
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const sign = (subject: string, role = Role.SUPERVISOR, expiresIn = '1h') =>
    issueDevelopmentToken(subject, { role, name: subject }, { keySet, config, expiresIn });

  it('stops answering a remembered token once its exp has passed on the verifier’s clock', async () => {
    const verify = createTokenVerifier({ ...config, keySet }, { now });
    const token = await sign('short-lived', Role.SUPERVISOR, '60s');
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'short-lived' });
    expect(verify.cachedTokens()).toBe(1);
    // A second request within the minute is answered from memory.
    clock += 30_000;
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'short-lived' });
    clock += 31_000;
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({
      message: 'The token has expired; sign in again',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // And again: a refusal is never remembered as anything else.
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(verify.cachedTokens()).toBe(0);
  });

  it('answers each token with its own caller, never another’s, and a copy each time', async () => {
    const verify = createTokenVerifier({ ...config, keySet }, { now });
    const worker = await issueDevelopmentToken(
      'worker',
      { role: Role.GRID_WORKER, grid_cell_ids: ['c1'] },
      { keySet, config },
    );
    const enterprise = await issueDevelopmentToken(
      'enterprise',
      { role: Role.ENTERPRISE, enterprise_id: 'e1' },
      { keySet, config },
    );
    for (let round = 0; round < 3; round += 1) {
      await expect(verify(`Bearer ${worker}`)).resolves.toEqual({
        kind: 'user',
        subject: 'worker',
        role: Role.GRID_WORKER,
        gridCellIds: ['c1'],
      });
      await expect(verify(`Bearer ${enterprise}`)).resolves.toEqual({
        kind: 'user',
        subject: 'enterprise',
        role: Role.ENTERPRISE,
        enterpriseId: 'e1',
      });
    }
    // One request changing the caller it was given changes nobody else's.
    const first = await verify(`Bearer ${worker}`);
    if (first.kind === 'user') first.gridCellIds?.push('c2');
    await expect(verify(`Bearer ${worker}`)).resolves.toMatchObject({ gridCellIds: ['c1'] });
  });

  it('refuses a forged signature over the same claims, even while the genuine token is remembered', async () => {
    const verify = createTokenVerifier({ ...config, keySet }, { now });
    const genuine = await sign('supervisor');
    const other = await sign('someone-else');
    await expect(verify(`Bearer ${genuine}`)).resolves.toMatchObject({ subject: 'supervisor' });
    const [header, payload, signature = ''] = genuine.split('.');
    const forgeries = [
      // Another token's signature, and the genuine one with one character changed (not the last,
      // whose low bits are padding).
      `${header}.${payload}.${other.split('.')[2]}`,
      `${header}.${payload}.${signature.slice(0, 5)}${signature[5] === 'A' ? 'B' : 'A'}${signature.slice(6)}`,
    ];
    for (const forged of forgeries) {
      await expect(verify(`Bearer ${forged}`)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
      // Twice: the first refusal left nothing behind that would let it through.
      await expect(verify(`Bearer ${forged}`)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    await expect(verify(`Bearer ${genuine}`)).resolves.toMatchObject({ subject: 'supervisor' });
  });

  it('holds no more tokens than its size, and those it let go still verify', async () => {
    const verify = createTokenVerifier({ ...config, keySet }, { now, cacheSize: 3 });
    const tokens = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((subject) => sign(subject)));
    for (const token of tokens) await verify(`Bearer ${token}`);
    expect(verify.cachedTokens()).toBe(3);
    for (const [index, token] of tokens.entries())
      await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({
        subject: ['a', 'b', 'c', 'd', 'e'][index],
      });
    expect(verify.cachedTokens()).toBe(3);

    const none = createTokenVerifier({ ...config, keySet }, { now, cacheSize: 0 });
    await expect(none(`Bearer ${tokens[0]}`)).resolves.toMatchObject({ subject: 'a' });
    expect(none.cachedTokens()).toBe(0);
  });

  it('forgets remembered tokens when the key source changes, so a dropped key stops vouching at once', async () => {
    const jwksFile = join(folder, 'jwks.json');
    await writeDevelopmentJwks(jwksFile, keySet);
    const verify = createTokenVerifier({ ...config, production: true, jwksFile }, { now });
    const token = await sign('before');
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'before' });
    // The operator rotates and drops the old key from the file the services read.
    const { current } = await rotateDevelopmentKey(keySet);
    const jwks = JSON.parse(readFileSync(jwksFile, 'utf8')) as { keys: Array<{ kid: string }> };
    await writeDevelopmentJwks(jwksFile, keySet);
    const rotated = JSON.parse(readFileSync(jwksFile, 'utf8')) as { keys: Array<{ kid: string }> };
    writeFileSync(
      jwksFile,
      JSON.stringify({ keys: rotated.keys.filter((key) => key.kid === current) }),
    );
    // A later modification time than the first write, however fast this runs.
    const later = new Date(Date.now() + 5_000);
    utimesSync(jwksFile, later, later);
    expect(jwks.keys.map((key) => key.kid)).not.toContain(current);
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({
      message: expect.stringContaining('a key this service does not know'),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(verify(`Bearer ${await sign('after')}`)).resolves.toMatchObject({
      subject: 'after',
    });
  });
});
