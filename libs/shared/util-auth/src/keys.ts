import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

const AUTH_FOLDER = join(__dirname, '..', '..', '..', '..', '.data', 'auth');

/** Where the development key set lives: git-ignored, made on first use, shared by every local process. */
export const DEVELOPMENT_KEY_SET_FILE = join(AUTH_FOLDER, 'development-key-set.json');

/** The single key of earlier checkouts (kid `development`): taken into the key set, so its tokens stay valid. */
export const DEVELOPMENT_KEY_FILE = join(AUTH_FOLDER, 'development-signing-key.json');

/** The key set's public half as a JWKS file, for `AUTH_JWKS_FILE` (the local system, verify:prod). */
export const DEVELOPMENT_JWKS_FILE = join(AUTH_FOLDER, 'development-jwks.json');

export const SIGNING_ALGORITHM = 'ES256';

/**
 * The longest a token signed with the development key set lives (`npm run token -- --expires` is
 * capped to it): a replaced key is kept this long, so every token it signed expires before it goes.
 */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  /** When it stopped signing (seconds since the epoch); absent for the current key. */
  retiredAt?: number;
}

interface KeySetFile {
  /** The kid new tokens are signed with. */
  current: string;
  keys: StoredKey[];
}

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  algorithm: string;
}

async function newKey(kid: string): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), alg: SIGNING_ALGORITHM, kid },
    publicJwk: { ...(await exportJWK(publicKey)), alg: SIGNING_ALGORITHM, kid, use: 'sig' },
  };
}

/** A new kid: the date it was made, then a random part (`2026-12-01-3f9c1a2b`). */
function newKid(now: Date): string {
  return `${now.toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
}

function write(file: string, keySet: KeySetFile, flag: 'wx' | 'w'): void {
  mkdirSync(dirname(file), { recursive: true });
  if (flag === 'wx') {
    writeFileSync(file, JSON.stringify(keySet), { flag, mode: 0o600 });
    return;
  }
  // Written aside and renamed: a service reading the set never sees half a file.
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, JSON.stringify(keySet), { mode: 0o600 });
  renameSync(aside, file);
}

async function readOrCreate(file: string, legacyFile: string): Promise<KeySetFile> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeySetFile;
  let created: KeySetFile;
  if (existsSync(legacyFile)) {
    const legacy = JSON.parse(readFileSync(legacyFile, 'utf8')) as Omit<StoredKey, 'kid'>;
    created = { current: 'development', keys: [{ kid: 'development', ...legacy }] };
  } else {
    const key = await newKey(newKid(new Date()));
    created = { current: key.kid, keys: [key] };
  }
  try {
    // `wx`: if another process made the file a moment ago, keep theirs.
    write(file, created, 'wx');
    return created;
  } catch {
    return JSON.parse(readFileSync(file, 'utf8')) as KeySetFile;
  }
}

/** Where a key set is kept; tests use their own folder. */
export interface KeySetLocation {
  /** @default DEVELOPMENT_KEY_SET_FILE */
  file?: string;
  /** @default DEVELOPMENT_KEY_FILE */
  legacyFile?: string;
}

const located = (location: KeySetLocation) =>
  [location.file ?? DEVELOPMENT_KEY_SET_FILE, location.legacyFile ?? DEVELOPMENT_KEY_FILE] as const;

/** The development key new tokens are signed with: for local runs and tests only. */
export async function currentDevelopmentKey(location: KeySetLocation = {}): Promise<SigningKey> {
  const keySet = await readOrCreate(...located(location));
  const key = keySet.keys.find((stored) => stored.kid === keySet.current);
  if (!key)
    throw new Error(`The development key set names a current key it lacks: ${keySet.current}`);
  return {
    kid: key.kid,
    privateKey: (await importJWK(key.privateJwk, SIGNING_ALGORITHM)) as KeyLike,
    algorithm: SIGNING_ALGORITHM,
  };
}

/** Every development key that may have signed a token still valid, by kid: what the verifier checks against. */
export async function developmentPublicKeys(
  location: KeySetLocation = {},
): Promise<Map<string, KeyLike>> {
  const keySet = await readOrCreate(...located(location));
  return new Map(
    await Promise.all(
      keySet.keys.map(
        async (key) =>
          [key.kid, (await importJWK(key.publicJwk, SIGNING_ALGORITHM)) as KeyLike] as const,
      ),
    ),
  );
}

/**
 * Rotation: a new key signs from now on; the replaced ones stay in the set (and keep verifying)
 * until every token they signed has expired, `MAX_TOKEN_LIFETIME_SECONDS` after they stopped
 * signing; then they are dropped. Services pick the new key up when they first meet its kid.
 */
export async function rotateDevelopmentKey(
  location: KeySetLocation = {},
  now: Date = new Date(),
): Promise<{ current: string; kept: string[]; dropped: string[] }> {
  const [file, legacyFile] = located(location);
  const keySet = await readOrCreate(file, legacyFile);
  const seconds = Math.floor(now.getTime() / 1000);
  const key = await newKey(newKid(now));
  const retired = keySet.keys.map((stored) =>
    stored.retiredAt === undefined ? { ...stored, retiredAt: seconds } : stored,
  );
  const kept = retired.filter(
    (stored) => seconds - (stored.retiredAt ?? seconds) < MAX_TOKEN_LIFETIME_SECONDS,
  );
  const dropped = retired.filter((stored) => !kept.includes(stored)).map((stored) => stored.kid);
  write(file, { current: key.kid, keys: [key, ...kept] }, 'w');
  // Services started with the JWKS file (the local system in production mode) read it again on the new kid.
  if (location.file === undefined && existsSync(DEVELOPMENT_JWKS_FILE))
    await writeDevelopmentJwks();
  return { current: key.kid, kept: kept.map((stored) => stored.kid), dropped };
}

/** Writes the key set's public keys as a JWKS (`{ "keys": [...] }`) and returns its path. */
export async function writeDevelopmentJwks(
  target = DEVELOPMENT_JWKS_FILE,
  location: KeySetLocation = {},
): Promise<string> {
  const keySet = await readOrCreate(...located(location));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify({ keys: keySet.keys.map((key) => key.publicJwk) }));
  return target;
}
