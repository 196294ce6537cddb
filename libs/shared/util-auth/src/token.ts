import { Unauthenticated } from '@erqi/shared/util-errors';
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
  type KeyLike,
  SignJWT,
} from 'jose';
import { ANONYMOUS, type Caller, Role } from './caller';
import {
  currentDevelopmentKey,
  DEVELOPMENT_KEY_SET_FILE,
  developmentPublicKeys,
  type KeySetLocation,
  MAX_TOKEN_LIFETIME_SECONDS,
  SIGNING_ALGORITHM,
} from './keys';

export interface AuthConfig {
  /** @default 'https://auth.erqi.local' (AUTH_ISSUER) */
  issuer: string;
  /** @default 'erqi-grid-governance' (AUTH_AUDIENCE) */
  audience: string;
  /** The OIDC provider's JWKS URL (AUTH_JWKS_URL): its keys, picked by the token's `kid`. */
  jwksUrl?: string;
  /** A JWKS file (AUTH_JWKS_FILE), read again when a token names a kid it lacks (after a rotation). */
  jwksFile?: string;
  /**
   * Production never falls back to the development key set: without `jwksUrl` or `jwksFile`,
   * `createTokenVerifier` throws and the service does not start. Outside production the development
   * key set is trusted unless `jwksFile` is given (beside `jwksUrl` too). @default NODE_ENV === 'production'
   */
  production?: boolean;
  /** The development key set, when neither is given (tests use their own). @default .data/auth/ */
  keySet?: KeySetLocation;
}

/** The issuer of development tokens (`npm run token`), and AUTH_ISSUER's default. */
export const DEVELOPMENT_ISSUER = 'https://auth.erqi.local';

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return {
    issuer: env['AUTH_ISSUER'] ?? DEVELOPMENT_ISSUER,
    audience: env['AUTH_AUDIENCE'] ?? 'erqi-grid-governance',
    ...(env['AUTH_JWKS_URL'] ? { jwksUrl: env['AUTH_JWKS_URL'] } : {}),
    ...(env['AUTH_JWKS_FILE'] ? { jwksFile: env['AUTH_JWKS_FILE'] } : {}),
    production: env['NODE_ENV'] === 'production',
  };
}

/** The AUTH_* settings of a service's checked config. */
export function authConfigOf(config: {
  NODE_ENV: string;
  AUTH_ISSUER: string;
  AUTH_AUDIENCE: string;
  AUTH_JWKS_URL?: string | undefined;
  AUTH_JWKS_FILE?: string | undefined;
}): AuthConfig {
  return {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    ...(config.AUTH_JWKS_URL ? { jwksUrl: config.AUTH_JWKS_URL } : {}),
    ...(config.AUTH_JWKS_FILE ? { jwksFile: config.AUTH_JWKS_FILE } : {}),
    production: config.NODE_ENV === 'production',
  };
}

/** Why a production service will not start with no key source: what to set instead. */
export const PRODUCTION_KEY_SOURCE_MISSING =
  "NODE_ENV=production needs a real key source: set AUTH_JWKS_URL to your identity provider's JWKS URL (or AUTH_JWKS_FILE to a JWKS file). The development key set in .data/auth/ is never trusted in production.";

/** The claims our tokens carry besides the standard ones. */
export interface CallerClaims {
  role: Role | typeof SERVICE_ROLE;
  name?: string;
  enterprise_id?: string;
  grid_cell_ids?: string[];
  department_code?: string;
  team_code?: string;
  volunteer_id?: string;
  community_code?: string;
  resident_id?: string;
}

/** The `role` claim of a service token. */
export const SERVICE_ROLE = 'SERVICE';

function callerFromClaims(payload: JWTPayload): Caller {
  const role = payload['role'];
  if (role === SERVICE_ROLE && typeof payload.sub === 'string')
    return { kind: 'service', subject: payload.sub };
  if (typeof payload.sub !== 'string' || !Object.values(Role).includes(role as Role)) {
    throw new Unauthenticated('The token has no subject or no known role');
  }
  const text = (name: string): string | undefined =>
    typeof payload[name] === 'string' ? (payload[name] as string) : undefined;
  const cells = payload['grid_cell_ids'];
  const [name, enterpriseId, departmentCode, teamCode, volunteerId, communityCode, residentId] = [
    'name',
    'enterprise_id',
    'department_code',
    'team_code',
    'volunteer_id',
    'community_code',
    'resident_id',
  ].map(text);
  return {
    kind: 'user',
    subject: payload.sub,
    role: role as Role,
    ...(name ? { name } : {}),
    ...(enterpriseId ? { enterpriseId } : {}),
    ...(Array.isArray(cells)
      ? { gridCellIds: cells.filter((cell): cell is string => typeof cell === 'string') }
      : {}),
    ...(departmentCode ? { departmentCode } : {}),
    ...(teamCode ? { teamCode } : {}),
    ...(volunteerId ? { volunteerId } : {}),
    ...(communityCode ? { communityCode } : {}),
    ...(residentId ? { residentId } : {}),
  };
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/** A verifier that remembers the tokens it verified; says how many it holds now (tests, metrics). */
export type CachingTokenVerifier = TokenVerifier & { cachedTokens(): number };

/** A token signed with a key the verifier does not hold: never issued here, or by a key since dropped. */
function unknownKey(kid: string): Unauthenticated {
  return new Unauthenticated(
    `The token was signed with a key this service does not know (kid "${kid}"); sign in again for a new token`,
  );
}

/** Finds a key by kid; `undefined` when the source does not hold it. */
type KeyFinder = (kid: string) => Promise<KeyLike | undefined>;

/**
 * Keys by kid, loaded again whenever the source has changed since (a rotation made by another
 * process): tokens of a new key verify at once, old ones still do while their key is kept, and a key
 * the source dropped stops vouching at once.
 */
function reloadingKeys(
  load: () => Promise<Map<string, KeyLike>>,
  version: () => number,
): KeyFinder {
  let loaded = { keys: load(), version: version() };
  return async (kid) => {
    const current = version();
    if (current !== loaded.version) loaded = { keys: load(), version: current };
    return (await loaded.keys).get(kid);
  };
}

// Asked on every request (a cached token is good only while its key source is unchanged): one stat call.
const modified = (file: string) => (): number =>
  statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;

async function jwksFileKeys(file: string): Promise<Map<string, KeyLike>> {
  const { keys } = JSON.parse(readFileSync(file, 'utf8')) as { keys: JWK[] };
  const entries = await Promise.all(
    keys
      .filter((jwk): jwk is JWK & { kid: string } => typeof jwk.kid === 'string')
      .map(
        async (jwk) =>
          [jwk.kid, (await importJWK(jwk, jwk.alg ?? SIGNING_ALGORITHM)) as KeyLike] as const,
      ),
  );
  return new Map(entries);
}

/** Keys held here (a JWKS file, the development key set), with the issuers their tokens may name. */
interface LocalKeySource {
  find: KeyFinder;
  /** Changes when the source's file does (a rotation, a key dropped): verified tokens are forgotten then. */
  version: () => number;
  issuers: string[];
  algorithms?: string[];
  maxTokenAge?: number;
}

/**
 * Whom the verifier trusts: a JWKS file (AUTH_JWKS_FILE) and, outside production when there is none,
 * the development key set; then the provider's JWKS (AUTH_JWKS_URL), asked for any other kid. The
 * development key set stays trusted beside a provider so that `npm run token`, the services' own
 * tokens and the dev seed-user picker keep working while the local OpenID provider runs.
 */
function keySources(config: AuthConfig): { local: LocalKeySource[]; remote?: JWTVerifyGetKey } {
  const production = config.production ?? process.env['NODE_ENV'] === 'production';
  const local: LocalKeySource[] = [];
  if (config.jwksFile) {
    const file = config.jwksFile;
    if (!existsSync(file)) throw new Error(`AUTH_JWKS_FILE ${file} does not exist`);
    const version = modified(file);
    local.push({
      find: reloadingKeys(() => jwksFileKeys(file), version),
      version,
      issuers: [config.issuer],
    });
  } else if (!production) {
    const location = config.keySet ?? {};
    const version = modified(location.file ?? DEVELOPMENT_KEY_SET_FILE);
    local.push({
      find: reloadingKeys(() => developmentPublicKeys(location), version),
      version,
      // `npm run token` signs as the development issuer whatever AUTH_ISSUER a service was given.
      issuers: [...new Set([config.issuer, DEVELOPMENT_ISSUER])],
      algorithms: [SIGNING_ALGORITHM],
      // A replaced key is dropped this long after it stopped signing: no token of it may outlive that.
      maxTokenAge: MAX_TOKEN_LIFETIME_SECONDS,
    });
  } else if (!config.jwksUrl) throw new Error(PRODUCTION_KEY_SOURCE_MISSING);
  return {
    local,
    ...(config.jwksUrl
      ? {
          remote: createRemoteJWKSet(new URL(config.jwksUrl), {
            cacheMaxAge: REMOTE_KEYS_MAX_AGE_MS,
          }),
        }
      : {}),
  };
}

/**
 * How long the provider's keys are believed before they are fetched again (jose's default), and so
 * how long a token verified by one of them is remembered at most: a key the provider drops stops
 * vouching for cached tokens as soon as it would stop vouching for new ones.
 */
const REMOTE_KEYS_MAX_AGE_MS = 10 * 60_000;

/** How many verified tokens a verifier remembers by default (least recently used go first). */
export const DEFAULT_VERIFIED_TOKEN_CACHE_SIZE = 10_000;

export interface TokenVerifierOptions {
  /**
   * How many verified tokens to remember, so that a caller's next request skips the ES256 check (the
   * gateway and every subgraph verify each request's tokens). 0 remembers none.
   * @default DEFAULT_VERIFIED_TOKEN_CACHE_SIZE
   */
  cacheSize?: number;
  /** The verifier's clock, in milliseconds since the epoch: expiry is judged by it (tests move it). @default Date.now */
  now?: () => number;
}

/** A verified token's caller, and until when (milliseconds) it may be answered without checking again. */
interface Verified {
  caller: Caller;
  /** None: not to be remembered (a token without `exp`). */
  validUntil: number | undefined;
}

/** A copy per request: one request changing its caller must never change another's. */
function copyOf(caller: Caller): Caller {
  return caller.kind === 'user' && caller.gridCellIds
    ? { ...caller, gridCellIds: [...caller.gridCellIds] }
    : { ...caller };
}

/**
 * Until when a just-verified token stays good by the rules it was checked against: its `exp`, and for
 * the development key set `iat` + the longest lifetime. None without `exp`: such a token is never cached.
 */
function validUntilOf(payload: JWTPayload, maxTokenAge: number | undefined): number | undefined {
  if (typeof payload.exp !== 'number') return undefined;
  let until = payload.exp * 1000;
  if (maxTokenAge !== undefined && typeof payload.iat === 'number')
    until = Math.min(until, (payload.iat + maxTokenAge) * 1000);
  return until;
}

/**
 * Verifies `Authorization: Bearer <JWT>` (signature by the key its `kid` names, expiry, issuer,
 * audience) and returns the caller; no header is an anonymous caller; a bad token is
 * UNAUTHENTICATED, never silently anonymous. Throws at once, in production, without a key source.
 * A token is checked against the issuer of the source holding its key: a development key never
 * vouches for the provider's issuer in production, nor the provider for the development one.
 *
 * A token that verified is remembered by its exact text (up to `cacheSize`, least recently used
 * dropped first) until it expires by the verifier's clock, and forgotten at once when a local key
 * source changes (a rotation that may have dropped its key); one verified by the provider's keys
 * is checked again after REMOTE_KEYS_MAX_AGE_MS. Refusals are never remembered: a token that failed
 * is checked again, and fails again, every time; a different text (a forged signature over the same
 * claims) is a different entry, so it is always checked.
 */
export function createTokenVerifier(
  config: AuthConfig = authConfigFromEnv(),
  options: TokenVerifierOptions = {},
): CachingTokenVerifier {
  const { local, remote } = keySources(config);
  const now = options.now ?? Date.now;
  const cacheSize = Math.max(0, options.cacheSize ?? DEFAULT_VERIFIED_TOKEN_CACHE_SIZE);
  // Map keeps insertion order: a hit is moved to the end, so the first key is the least recently used.
  const verified = new Map<string, Verified>();
  const versionOfKeys = (): string => local.map((source) => source.version()).join('/');
  let keysVersion = cacheSize > 0 ? versionOfKeys() : '';

  const check = async (token: string, kid: string, at: number): Promise<Verified> => {
    const currentDate = new Date(at);
    for (const source of local) {
      const key = await source.find(kid);
      if (!key) continue;
      const { payload } = await jwtVerify(token, key, {
        issuer: source.issuers,
        audience: config.audience,
        currentDate,
        ...(source.algorithms ? { algorithms: source.algorithms } : {}),
        ...(source.maxTokenAge ? { maxTokenAge: source.maxTokenAge } : {}),
      });
      return {
        caller: callerFromClaims(payload),
        validUntil: validUntilOf(payload, source.maxTokenAge),
      };
    }
    if (!remote) throw unknownKey(kid);
    const { payload } = await jwtVerify(token, remote, {
      issuer: config.issuer,
      audience: config.audience,
      currentDate,
    });
    const validUntil = validUntilOf(payload, undefined);
    return {
      caller: callerFromClaims(payload),
      validUntil:
        validUntil === undefined ? undefined : Math.min(validUntil, at + REMOTE_KEYS_MAX_AGE_MS),
    };
  };

  const remember = (token: string, entry: Verified): void => {
    if (cacheSize === 0 || entry.validUntil === undefined) return;
    verified.delete(token);
    verified.set(token, entry);
    while (verified.size > cacheSize) {
      const oldest = verified.keys().next().value;
      if (oldest === undefined) break;
      verified.delete(oldest);
    }
  };

  /** The remembered caller of `token`, if it is still good now and no local key source has changed. */
  const recall = (token: string, at: number): Caller | undefined => {
    if (cacheSize === 0) return undefined;
    const version = versionOfKeys();
    if (version !== keysVersion) {
      verified.clear();
      keysVersion = version;
      return undefined;
    }
    const entry = verified.get(token);
    if (!entry) return undefined;
    if (entry.validUntil === undefined || at >= entry.validUntil) {
      verified.delete(token);
      return undefined;
    }
    verified.delete(token);
    verified.set(token, entry);
    return copyOf(entry.caller);
  };

  const verify: TokenVerifier = async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new Unauthenticated('The Authorization header must be "Bearer <token>"');
    const token = match[1];
    const at = now();
    const known = recall(token, at);
    if (known) return known;
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      throw new Unauthenticated('The token is not valid here');
    }
    if (!kid) throw new Unauthenticated('The token names no signing key (kid)');
    try {
      const result = await check(token, kid, at);
      remember(token, result);
      return copyOf(result.caller);
    } catch (error) {
      if (error instanceof Unauthenticated) throw error;
      const code = (error as { code?: string }).code;
      if (code === 'ERR_JWKS_NO_MATCHING_KEY') throw unknownKey(kid);
      throw new Unauthenticated(
        code === 'ERR_JWT_EXPIRED'
          ? 'The token has expired; sign in again'
          : 'The token is not valid here',
      );
    }
  };
  return Object.assign(verify, { cachedTokens: () => verified.size });
}

/** Signs a development token with the current development key, naming it in `kid` (`npm run token`, tests). Never used in production. */
export async function issueDevelopmentToken(
  subject: string,
  claims: CallerClaims,
  options: { expiresIn?: string; config?: AuthConfig; keySet?: KeySetLocation } = {},
): Promise<string> {
  const config = options.config ?? authConfigFromEnv();
  const { privateKey, algorithm, kid } = await currentDevelopmentKey(options.keySet);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: algorithm, kid })
    .setSubject(subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(privateKey);
}

const serviceTokens = new Map<string, { token: string; expiresAt: number }>();

/**
 * The `Authorization` value a service sends when it calls a subgraph on its own behalf: `SERVICE_TOKEN`
 * (issued by the identity provider for production) or, in development, a short-lived token signed with
 * the development key. Cached until shortly before it expires.
 */
export async function serviceAuthorization(service: string): Promise<string> {
  const configured = process.env['SERVICE_TOKEN'];
  if (configured) return `Bearer ${configured}`;
  const cached = serviceTokens.get(service);
  if (cached && cached.expiresAt > Date.now() + 60_000) return `Bearer ${cached.token}`;
  const token = await issueDevelopmentToken(
    service,
    { role: SERVICE_ROLE, name: service },
    { expiresIn: '15m' },
  );
  serviceTokens.set(service, { token, expiresAt: Date.now() + 15 * 60_000 });
  return `Bearer ${token}`;
}
