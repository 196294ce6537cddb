/**
 * OpenID Connect sign-in for the browser: the authorization code flow with PKCE (RFC 7636, S256).
 * Pure functions over WebCrypto, a Storage (sessionStorage) and fetch, so the shell can wire them to
 * its routes and the specs can run them in node. No client secret: the web app is a public client.
 */

/** The provider and client, as the gateway's `/app-config.json` names them, plus where to come back. */
export interface OidcClientConfig {
  issuer: string;
  clientId: string;
  scope: string;
  /** Where the provider sends the browser back, e.g. `${location.origin}/sign-in/callback`. */
  redirectUri: string;
  /** The API's audience (AUTH_AUDIENCE). The provider puts it in access tokens by itself; not sent. */
  audience?: string;
}

/** The part of Storage the flow uses (sessionStorage: a pending sign-in lives only in its tab). */
export type FlowStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Why a sign-in could not complete; the shell shows a message per code. */
export type SignInErrorCode =
  | 'NO_PENDING_SIGN_IN'
  | 'STATE_MISMATCH'
  | 'ISSUER_MISMATCH'
  | 'PROVIDER_REFUSED'
  | 'TOKEN_REQUEST_FAILED'
  | 'NONCE_MISMATCH'
  | 'DISCOVERY_FAILED';

export class SignInError extends Error {
  constructor(
    readonly code: SignInErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

export interface SignInResult {
  accessToken: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  idToken?: string;
}

/** What is kept between leaving for the provider and coming back. */
interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  issuer: string;
}

const PENDING_KEY = 'erqi.oidc.pending';

interface ProviderMetadata {
  authorization_endpoint: string;
  token_endpoint: string;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A random value of `bytes` bytes, base64url (32 bytes: a 43-character PKCE verifier). */
export function randomToken(bytes = 32, crypto: Crypto = globalThis.crypto): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The S256 code challenge of a verifier: base64url(SHA-256(verifier)). */
export async function codeChallengeOf(
  verifier: string,
  crypto: Crypto = globalThis.crypto,
): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The provider's endpoints, from its discovery document. */
export async function discover(
  issuer: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ProviderMetadata> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetchImpl(url, { headers: { accept: 'application/json' } }).catch(
    () => undefined,
  );
  const metadata = response?.ok ? ((await response.json()) as Partial<ProviderMetadata>) : {};
  if (!metadata.authorization_endpoint || !metadata.token_endpoint)
    throw new SignInError('DISCOVERY_FAILED', `The sign-in service at ${issuer} did not answer`);
  return {
    authorization_endpoint: metadata.authorization_endpoint,
    token_endpoint: metadata.token_endpoint,
  };
}

/**
 * Starts a sign-in: makes the PKCE verifier, state and nonce, keeps them in `storage`, and returns
 * the provider's authorization URL to send the browser to.
 */
export async function beginSignIn(
  config: OidcClientConfig,
  storage: FlowStorage,
  fetchImpl: typeof fetch = fetch,
  crypto: Crypto = globalThis.crypto,
): Promise<string> {
  const { authorization_endpoint } = await discover(config.issuer, fetchImpl);
  const pending: PendingSignIn = {
    state: randomToken(16, crypto),
    nonce: randomToken(16, crypto),
    codeVerifier: randomToken(32, crypto),
    redirectUri: config.redirectUri,
    issuer: config.issuer,
  };
  storage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: config.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await codeChallengeOf(pending.codeVerifier, crypto),
    code_challenge_method: 'S256',
  }).toString();
  return url.href;
}

function readPending(storage: FlowStorage): PendingSignIn | undefined {
  const text = storage.getItem(PENDING_KEY);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as PendingSignIn;
  } catch {
    return undefined;
  }
}

/** The `nonce` an ID token carries (it came straight from the token endpoint, so it is not re-verified here). */
function nonceOf(idToken: string): unknown {
  try {
    const payload = idToken.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return (JSON.parse(json) as { nonce?: unknown }).nonce;
  } catch {
    return undefined;
  }
}

/**
 * Completes a sign-in on the callback URL: checks the state (and the `iss` the provider names, RFC
 * 9207), exchanges the code at the token endpoint with the PKCE verifier, checks the ID token's nonce,
 * and returns the access token. The pending sign-in is used once, whatever the outcome.
 */
export async function completeSignIn(
  callbackUrl: string,
  config: OidcClientConfig,
  storage: FlowStorage,
  fetchImpl: typeof fetch = fetch,
  now: () => number = Date.now,
): Promise<SignInResult> {
  const pending = readPending(storage);
  storage.removeItem(PENDING_KEY);
  if (!pending)
    throw new SignInError('NO_PENDING_SIGN_IN', 'No sign-in was started in this tab; start again');
  const params = new URL(callbackUrl).searchParams;
  if (params.get('state') !== pending.state)
    throw new SignInError('STATE_MISMATCH', 'The answer is not for the sign-in this tab started');
  const issuer = params.get('iss');
  if (issuer !== null && issuer !== pending.issuer)
    throw new SignInError('ISSUER_MISMATCH', `The answer came from another provider (${issuer})`);
  const refusal = params.get('error');
  if (refusal)
    throw new SignInError(
      'PROVIDER_REFUSED',
      params.get('error_description') ?? `The sign-in service refused: ${refusal}`,
    );
  const code = params.get('code');
  if (!code) throw new SignInError('PROVIDER_REFUSED', 'The sign-in service sent no code back');
  const { token_endpoint } = await discover(config.issuer, fetchImpl);
  const response = await fetchImpl(token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: pending.redirectUri,
      client_id: config.clientId,
      code_verifier: pending.codeVerifier,
    }).toString(),
  }).catch(() => undefined);
  const body = (await response?.json().catch(() => undefined)) as
    | { access_token?: unknown; expires_in?: unknown; id_token?: unknown; error?: unknown }
    | undefined;
  if (!response?.ok || typeof body?.access_token !== 'string')
    throw new SignInError(
      'TOKEN_REQUEST_FAILED',
      `The sign-in service did not hand out a token${typeof body?.error === 'string' ? ` (${body.error})` : ''}`,
    );
  const idToken = typeof body.id_token === 'string' ? body.id_token : undefined;
  if (idToken && nonceOf(idToken) !== pending.nonce)
    throw new SignInError('NONCE_MISMATCH', 'The ID token is not for this sign-in');
  const seconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
  return {
    accessToken: body.access_token,
    expiresAt: now() + seconds * 1000,
    ...(idToken ? { idToken } : {}),
  };
}
