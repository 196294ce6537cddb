import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { Role } from './caller';
import {
  type KeySetLocation,
  MAX_TOKEN_LIFETIME_SECONDS,
  rotateDevelopmentKey,
  writeDevelopmentJwks,
} from './keys';
import {
  authConfigFromEnv,
  createTokenVerifier,
  issueDevelopmentToken,
  PRODUCTION_KEY_SOURCE_MISSING,
} from './token';

const kidOf = (token: string): unknown =>
  JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString())['kid'];

describe('signing keys rotate through a key set (kid)', () => {
  let folder: string;
  let keySet: KeySetLocation;
  const config = authConfigFromEnv({});

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'erqi-keys-'));
    keySet = { file: join(folder, 'key-set.json'), legacyFile: join(folder, 'legacy.json') };
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const sign = (subject: string) =>
    issueDevelopmentToken(subject, { role: Role.SUPERVISOR }, { keySet, config });

  it('keeps a token signed before the rotation valid, and signs new tokens with the new kid', async () => {
    const verify = createTokenVerifier({ ...config, production: false, keySet });
    const before = await sign('before');
    const { current, kept } = await rotateDevelopmentKey(keySet);
    const after = await sign('after');

    expect(kidOf(after)).toBe(current);
    expect(kidOf(before)).not.toBe(current);
    expect(kept).toEqual([kidOf(before)]);
    // The same verifier, made before the rotation, meets the new kid and reads the set again.
    await expect(verify(`Bearer ${before}`)).resolves.toMatchObject({ subject: 'before' });
    await expect(verify(`Bearer ${after}`)).resolves.toMatchObject({ subject: 'after' });
  });

  it('drops a replaced key once every token it signed has expired', async () => {
    const first = await sign('first');
    const start = new Date();
    await rotateDevelopmentKey(keySet, start);
    const later = new Date(start.getTime() + (MAX_TOKEN_LIFETIME_SECONDS + 1) * 1000);
    const { dropped, kept } = await rotateDevelopmentKey(keySet, later);
    expect(dropped).toEqual([kidOf(first)]);
    expect(kept).toHaveLength(1);
    const verify = createTokenVerifier({ ...config, production: false, keySet });
    await expect(verify(`Bearer ${first}`)).rejects.toMatchObject({
      message: `The token was signed with a key this service does not know (kid "${String(kidOf(first))}"); sign in again for a new token`,
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses a token whose kid it does not hold, one with no kid, and alg none, with UNAUTHENTICATED', async () => {
    const verify = createTokenVerifier({ ...config, production: false, keySet });
    const { privateKey } = await generateKeyPair('ES256');
    const claims = { role: Role.ADMIN };
    const forged = (kid?: string) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', ...(kid ? { kid } : {}) })
        .setSubject('intruder')
        .setIssuer(config.issuer)
        .setAudience(config.audience)
        .setExpirationTime('1h')
        .sign(privateKey);
    await expect(verify(`Bearer ${await forged('stolen-kid')}`)).rejects.toMatchObject({
      message: expect.stringContaining('kid "stolen-kid"'),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(verify(`Bearer ${await forged()}`)).rejects.toMatchObject({
      message: 'The token names no signing key (kid)',
    });
    const none = new UnsecuredJWT(claims)
      .setSubject('intruder')
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .encode();
    await expect(verify(`Bearer ${none}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('verifies against a JWKS file, read again after a rotation', async () => {
    const jwksFile = join(folder, 'jwks.json');
    await writeDevelopmentJwks(jwksFile, keySet);
    const verify = createTokenVerifier({ ...config, production: true, jwksFile });
    const before = await sign('before');
    await rotateDevelopmentKey(keySet);
    const after = await sign('after');
    await expect(verify(`Bearer ${after}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // Written a moment later, with a new modification time.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeDevelopmentJwks(jwksFile, keySet);
    await expect(verify(`Bearer ${after}`)).resolves.toMatchObject({ subject: 'after' });
    await expect(verify(`Bearer ${before}`)).resolves.toMatchObject({ subject: 'before' });
  });

  it('in production, never falls back to the development key set: no key source is an error saying what to set', () => {
    expect(() => createTokenVerifier({ ...config, production: true, keySet })).toThrow(
      PRODUCTION_KEY_SOURCE_MISSING,
    );
    expect(PRODUCTION_KEY_SOURCE_MISSING).toMatch(/set AUTH_JWKS_URL/);
    expect(() =>
      createTokenVerifier({ ...config, production: true, jwksUrl: 'https://idp.example/jwks' }),
    ).not.toThrow();
  });

  it('takes the single key of an earlier checkout into the set, so its tokens stay valid', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const legacyFile = keySet.legacyFile ?? '';
    writeFileSync(
      legacyFile,
      JSON.stringify({
        privateJwk: { ...(await exportJWK(privateKey)), alg: 'ES256', kid: 'development' },
        publicJwk: { ...(await exportJWK(publicKey)), alg: 'ES256', kid: 'development' },
      }),
    );
    const old = await new SignJWT({ role: Role.ADMIN })
      .setProtectedHeader({ alg: 'ES256', kid: 'development' })
      .setSubject('old')
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    const verify = createTokenVerifier({ ...config, production: false, keySet });
    await expect(verify(`Bearer ${old}`)).resolves.toMatchObject({ subject: 'old' });
    expect(kidOf(await sign('new'))).toBe('development');
  });
});
