import { Unauthenticated } from '@erqi/shared/util-errors';
import { createRemoteJWKSet, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { ANONYMOUS, type Caller, Role } from './caller';
import { developmentKeys } from './keys';

export interface AuthConfig {
  /** @default 'https://auth.erqi.local' (AUTH_ISSUER) */
  issuer: string;
  /** @default 'erqi-grid-governance' (AUTH_AUDIENCE) */
  audience: string;
  /** The OIDC provider's JWKS URL (AUTH_JWKS_URL). Unset: the local development key. */
  jwksUrl?: string;
}

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  return {
    issuer: env['AUTH_ISSUER'] ?? 'https://auth.erqi.local',
    audience: env['AUTH_AUDIENCE'] ?? 'erqi-grid-governance',
    ...(env['AUTH_JWKS_URL'] ? { jwksUrl: env['AUTH_JWKS_URL'] } : {}),
  };
}

/** The claims our tokens carry besides the standard ones. */
export interface CallerClaims {
  role: Role | typeof SERVICE_ROLE;
  name?: string;
  enterprise_id?: string;
  grid_cell_ids?: string[];
  department_code?: string;
  team_code?: string;
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
  const [name, enterpriseId, departmentCode, teamCode] = [
    'name',
    'enterprise_id',
    'department_code',
    'team_code',
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
  };
}

let warnedAboutDevelopmentKey = false;

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/**
 * Verifies `Authorization: Bearer <JWT>` (signature, expiry, issuer, audience) and returns the caller;
 * no header is an anonymous caller; a bad token is UNAUTHENTICATED, never silently anonymous.
 */
export function createTokenVerifier(config: AuthConfig = authConfigFromEnv()): TokenVerifier {
  const remote = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  const local = remote ? undefined : developmentKeys();
  if (!remote && process.env['NODE_ENV'] === 'production' && !warnedAboutDevelopmentKey) {
    warnedAboutDevelopmentKey = true;
    console.warn(
      'AUTH_JWKS_URL is not set: tokens are checked against the local development key, which is for development and tests only',
    );
  }
  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw new Unauthenticated('The Authorization header must be "Bearer <token>"');
    try {
      const options = { issuer: config.issuer, audience: config.audience };
      const { payload } = remote
        ? await jwtVerify(match[1], remote, options)
        : await jwtVerify(
            match[1],
            (await (local as ReturnType<typeof developmentKeys>)).publicKey,
            options,
          );
      return callerFromClaims(payload);
    } catch (error) {
      if (error instanceof Unauthenticated) throw error;
      const reason =
        (error as { code?: string }).code === 'ERR_JWT_EXPIRED'
          ? 'The token has expired; sign in again'
          : 'The token is not valid here';
      throw new Unauthenticated(reason);
    }
  };
}

/** Signs a development token with the local key (`npm run token`, tests). Never used in production. */
export async function issueDevelopmentToken(
  subject: string,
  claims: CallerClaims,
  options: { expiresIn?: string; config?: AuthConfig } = {},
): Promise<string> {
  const config = options.config ?? authConfigFromEnv();
  const { privateKey, algorithm } = await developmentKeys();
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: algorithm, kid: 'development' })
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
