import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// oidc-provider is ESM-only; node ≥ 20.19 loads it with require() (no top-level await in it), which
// is what SWC's CommonJS output and @swc-node/register do.
import { type Configuration, errors, type KoaContextWithOIDC, Provider } from 'oidc-provider';
import { authenticate, claimsOf, seedUserBySubject } from './accounts';
import { errorPage, loginPage } from './login-page';
import { providerSigningKey } from './signing-key';

/** The web app's client: public (no secret), code flow with PKCE S256 only. */
export const WEB_CLIENT_ID = 'erqi-web';

/** The scope a client may ask for our API by name; the access token is for the API without it too. */
const API_SCOPE = 'erqi:api';

/** What the web app asks for (app-config's `scope`): an ID token with the name; the API comes by default. */
export const WEB_SCOPE = 'openid profile';

/** The resource indicator (RFC 8707) of our API: access tokens for it carry `aud` = the audience. */
export const API_RESOURCE = 'urn:erqi:grid-governance';

export interface OidcProviderOptions {
  /** Port to listen on (0 picks a free one). @default 4010 (OIDC_PORT) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The issuer; browsers reach it here. @default `http://localhost:<port>` */
  issuer?: string;
  /** The `aud` of access tokens: what the gateway expects (AUTH_AUDIENCE). @default 'erqi-grid-governance' */
  audience?: string;
  /** Where the web app may be sent back to (localhost origins); their origins may call the token endpoint. @default DEFAULT_REDIRECT_URIS */
  redirectUris?: string[];
  /** Lifetime of an access token, in seconds. @default 3600 */
  accessTokenSeconds?: number;
  /** The key pair's file. @default .data/oidc/signing-key.json */
  keyFile?: string;
}

export interface RunningOidcProvider {
  issuer: string;
  jwksUrl: string;
  port: number;
  stop(): Promise<void>;
}

/** The web app served by the gateway (4000) and by Vite's dev server (5173, `nx serve web`). */
export const DEFAULT_REDIRECT_URIS = [
  'http://localhost:4000/sign-in/callback',
  'http://127.0.0.1:4000/sign-in/callback',
  'http://localhost:5173/sign-in/callback',
];

function configuration(
  signingKey: Awaited<ReturnType<typeof providerSigningKey>>,
  options: Required<Pick<OidcProviderOptions, 'audience' | 'redirectUris' | 'accessTokenSeconds'>>,
): Configuration {
  const redirectOrigins = new Set(options.redirectUris.map((uri) => new URL(uri).origin));
  return {
    clients: [
      {
        client_id: WEB_CLIENT_ID,
        client_name: '二七区网格治理 Erqi grid governance',
        token_endpoint_auth_method: 'none',
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // Required for every client (the default asks it of public clients only); S256 is the only method.
    pkce: { required: () => true },
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: (_ctx, subject) => {
      const user = seedUserBySubject(subject);
      if (!user) return undefined;
      return { accountId: subject, claims: () => ({ sub: subject, name: user.name }) };
    },
    // Our claims in the access token, as util-auth reads them (role, name, enterprise_id, grid_cell_ids, …).
    extraTokenClaims: (_ctx, token) => {
      if (token.kind !== 'AccessToken') return undefined;
      const user = seedUserBySubject(token.accountId);
      return user ? claimsOf(user) : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== API_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: API_SCOPE,
            audience: options.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenSeconds,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // The web app's origin may call the token endpoint from the browser; nobody else's.
    clientBasedCORS: (_ctx, origin) => redirectOrigins.has(origin),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: options.accessTokenSeconds,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
    renderError: (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(
        '登录未能完成 Sign-in failed',
        `${String(out['error'] ?? 'error')}: ${String(out['error_description'] ?? '')}`,
      );
    },
  };
}

function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) request.destroy();
    });
    request.on('end', () => resolve(new URLSearchParams(body)));
    request.on('error', reject);
  });
}

/**
 * The pages' policy: no script, nothing loaded, no framing (that would only help a clickjacker). The
 * form may post to us, and to the web app's origins: browsers apply form-action to every redirect the
 * post leads to, and the signed-in person is sent on to the app's /sign-in/callback in that chain.
 */
function contentSecurityPolicy(redirectUris: string[]): string {
  const origins = [...new Set(redirectUris.map((uri) => new URL(uri).origin))];
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `form-action 'self' ${origins.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

function sendHtml(response: ServerResponse, status: number, html: string, csp: string): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': csp,
  });
  response.end(html);
}

/**
 * Our sign-in and consent steps. Sign-in: the seed user's login and the sample password. Consent:
 * granted at once, as for any first-party app (the web app is ours), so the person never sees it.
 */
async function interaction(
  provider: Provider,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  csp: string,
): Promise<void> {
  const details = await provider.interactionDetails(request, response);
  const action = `/interaction/${details.uid}`;
  const clientName = '二七区网格治理 Erqi grid governance';
  if (details.prompt.name === 'login') {
    if (request.method !== 'POST' || path !== action) {
      sendHtml(response, 200, loginPage({ action, clientName }), csp);
      return;
    }
    const form = await readForm(request);
    const login = form.get('login') ?? '';
    const user = authenticate(login, form.get('password') ?? '');
    if (!user) {
      sendHtml(response, 401, loginPage({ action, clientName, login, failed: true }), csp);
      return;
    }
    await provider.interactionFinished(
      request,
      response,
      { login: { accountId: user.subject } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const { accountId } = details.session ?? {};
  const clientId = details.params['client_id'];
  if (!accountId || typeof clientId !== 'string')
    throw new errors.InvalidRequest('the sign-in session has ended');
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId, clientId });
  if (!grant) throw new errors.InvalidRequest('the grant has ended');
  const missing = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
    grant.addResourceScope(indicator, scopes.join(' '));
  const grantId = await grant.save();
  await provider.interactionFinished(
    request,
    response,
    { consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

/**
 * 本地身份提供方: an OpenID provider for development and tests (`npm run oidc`, `startSystem({ oidc:
 * true })`), serving the seed users. Authorization code flow with PKCE S256 for the public client
 * `erqi-web`; JWT access tokens for our API carrying our claims, signed with its own key pair
 * (kept in .data/oidc/, published at its jwks_uri). Never part of a deployment.
 */
export async function startOidcProvider(
  options: OidcProviderOptions = {},
): Promise<RunningOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const issuer = options.issuer ?? `http://localhost:${port}`;
  const redirectUris = options.redirectUris ?? DEFAULT_REDIRECT_URIS;
  const csp = contentSecurityPolicy(redirectUris);
  const provider = new Provider(
    issuer,
    configuration(await providerSigningKey(options.keyFile), {
      audience: options.audience ?? 'erqi-grid-governance',
      redirectUris,
      accessTokenSeconds: options.accessTokenSeconds ?? 3600,
    }),
  );
  const callback = provider.callback();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', issuer).pathname;
    if (path === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'ok', issuer }));
      return;
    }
    if (!path.startsWith('/interaction/')) {
      callback(request, response);
      return;
    }
    interaction(provider, request, response, path, csp).catch((error: unknown) => {
      const expired = error instanceof errors.SessionNotFound;
      sendHtml(
        response,
        400,
        errorPage(
          '登录未能完成 Sign-in failed',
          expired
            ? '登录已过期，请返回应用重新登录。The sign-in expired: go back to the app and sign in again.'
            : `${error instanceof Error ? error.message : String(error)}`,
        ),
        csp,
      );
    });
  });
  return {
    issuer,
    port,
    jwksUrl: `${issuer}/jwks`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
