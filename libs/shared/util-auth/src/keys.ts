import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

/** Where the development signing key lives: git-ignored, made on first use, shared by every local process. */
export const DEVELOPMENT_KEY_FILE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '.data',
  'auth',
  'development-signing-key.json',
);

const ALGORITHM = 'ES256';

interface KeyFile {
  privateJwk: JWK;
  publicJwk: JWK;
}

async function readOrCreate(file: string): Promise<KeyFile> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const created: KeyFile = {
    privateJwk: { ...(await exportJWK(privateKey)), alg: ALGORITHM, kid: 'development' },
    publicJwk: { ...(await exportJWK(publicKey)), alg: ALGORITHM, kid: 'development' },
  };
  mkdirSync(dirname(file), { recursive: true });
  try {
    // `wx`: if another process made the file a moment ago, keep theirs.
    writeFileSync(file, JSON.stringify(created), { flag: 'wx', mode: 0o600 });
    return created;
  } catch {
    return JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  }
}

/** The development key pair: for local runs and tests only; production verifies against an OIDC JWKS. */
export async function developmentKeys(
  file = DEVELOPMENT_KEY_FILE,
): Promise<{ privateKey: KeyLike; publicKey: KeyLike; algorithm: string }> {
  const keys = await readOrCreate(file);
  return {
    privateKey: (await importJWK(keys.privateJwk, ALGORITHM)) as KeyLike,
    publicKey: (await importJWK(keys.publicJwk, ALGORITHM)) as KeyLike,
    algorithm: ALGORITHM,
  };
}
