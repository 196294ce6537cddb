import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** Where the local provider keeps its key pair: git-ignored, made on first start, owner-only (0600). */
export const OIDC_KEY_FILE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '.data',
  'oidc',
  'signing-key.json',
);

/** RS256: what OpenID Connect requires every provider to offer for ID tokens. */
export const OIDC_SIGNING_ALGORITHM = 'RS256';

/** The provider's private signing key as a JWK (with its kid), made and stored on first use. */
export async function providerSigningKey(file = OIDC_KEY_FILE): Promise<JWK> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { privateKey } = await generateKeyPair(OIDC_SIGNING_ALGORITHM, { extractable: true });
  const jwk: JWK = {
    ...(await exportJWK(privateKey)),
    alg: OIDC_SIGNING_ALGORITHM,
    use: 'sig',
    kid: `oidc-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`,
  };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    // `wx`: if another process made the key a moment ago, keep theirs.
    writeFileSync(file, JSON.stringify(jwk), { flag: 'wx', mode: 0o600 });
    return jwk;
  } catch {
    return JSON.parse(readFileSync(file, 'utf8')) as JWK;
  }
}
