import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the development code secret lives: git-ignored, made on first use, shared by every local process. */
export const DEVELOPMENT_CODE_SECRET_FILE = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  '.data',
  'enterprise',
  'development-code-secret',
);

/** Shortest secret we sign codes with: HMAC-SHA256 wants at least as many bytes as its output. */
const MINIMUM_SECRET_BYTES = 32;

let warnedAboutDevelopmentSecret = false;

function readOrCreate(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const created = randomBytes(MINIMUM_SECRET_BYTES).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  try {
    // `wx`: if another process made the file a moment ago, keep theirs.
    writeFileSync(file, created, { flag: 'wx', mode: 0o600 });
    return created;
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
}

/**
 * The secret codes are signed with: `ENTERPRISE_CODE_SECRET` (at least 32 bytes), else a development
 * secret made on first use under `.data/`. Changing it invalidates every printed code.
 */
export function enterpriseCodeSecret(
  env: NodeJS.ProcessEnv = process.env,
  file = DEVELOPMENT_CODE_SECRET_FILE,
): Uint8Array {
  const configured = env['ENTERPRISE_CODE_SECRET'];
  if (configured) {
    const bytes = new TextEncoder().encode(configured);
    // Start-up configuration, not a caller's input: refusing to start is the right answer.
    if (bytes.length < MINIMUM_SECRET_BYTES)
      throw new RangeError(
        `ENTERPRISE_CODE_SECRET must be at least ${MINIMUM_SECRET_BYTES} bytes long`,
      );
    return bytes;
  }
  if (env['NODE_ENV'] === 'production' && !warnedAboutDevelopmentSecret) {
    warnedAboutDevelopmentSecret = true;
    console.warn(
      'ENTERPRISE_CODE_SECRET is not set: enterprise codes are signed with a local development secret',
    );
  }
  return new TextEncoder().encode(readOrCreate(file));
}
