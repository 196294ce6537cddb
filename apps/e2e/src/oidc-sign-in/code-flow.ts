import { createHash, randomBytes } from 'node:crypto';

/** A browser's cookie jar, by name: enough for one provider on one host. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const index = pair.indexOf('=');
      const [name, value] = [pair.slice(0, index).trim(), pair.slice(index + 1).trim()];
      if (/expires=Thu, 01 Jan 1970/i.test(header) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export const base64url = (bytes: Buffer): string => bytes.toString('base64url');

/** PKCE (RFC 7636) as the web app makes it: a random verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: base64url(createHash('sha256').update(verifier).digest()) };
}

export interface SignInRequest {
  issuer: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  login: string;
  password: string;
}

/**
 * What a browser does through the provider's sign-in: open the authorization URL, post the login
 * form, follow every redirect (cookies kept), until the provider sends it back to the redirect URI.
 * Returns that callback URL and the HTML of the sign-in page as the person saw it.
 */
export async function signInAsBrowser(
  request: SignInRequest,
  pkce: { challenge: string },
  state: string,
): Promise<{ callbackUrl: URL; loginPageHtml: string; rejectedLoginStatus?: number }> {
  const jar = new CookieJar();
  const go = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: jar.header(),
        accept: 'text/html',
      },
    });
    jar.take(response);
    return response;
  };
  const follow = async (response: Response, from: string): Promise<Response | URL> => {
    let current = response;
    let at = from;
    while (current.status >= 300 && current.status < 400) {
      const location = new URL(current.headers.get('location') ?? '', at);
      if (location.href.startsWith(request.redirectUri)) return location;
      at = location.href;
      current = await go(at);
    }
    return current;
  };
  const authorize = new URL('/auth', request.issuer);
  authorize.search = new URLSearchParams({
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    response_type: 'code',
    scope: request.scope,
    state,
    nonce: base64url(randomBytes(16)),
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
  }).toString();
  const page = await follow(await go(authorize.href), authorize.href);
  if (page instanceof URL) throw new Error('the provider signed in without asking');
  const loginPageHtml = await page.text();
  const action = /<form method="post" action="([^"]+)"/.exec(loginPageHtml)?.[1];
  if (!action)
    throw new Error(`no sign-in form on the page (HTTP ${page.status}):\n${loginPageHtml}`);
  const formUrl = new URL(action, page.url || request.issuer).href;
  const post = (password: string) =>
    go(formUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: request.login, password }).toString(),
    });
  const rejected = request.password === '' ? undefined : await post(`${request.password}-wrong`);
  const done = await follow(await post(request.password), formUrl);
  if (!(done instanceof URL))
    throw new Error(
      `the provider did not send the browser back (HTTP ${done.status}):\n${await done.text()}`,
    );
  return {
    callbackUrl: done,
    loginPageHtml,
    ...(rejected ? { rejectedLoginStatus: rejected.status } : {}),
  };
}

/** The token request the web app makes: the code and the PKCE verifier, no client secret. */
export async function exchangeCode(
  request: Pick<SignInRequest, 'issuer' | 'clientId' | 'redirectUri'>,
  code: string,
  verifier: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(new URL('/token', request.issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: request.redirectUri,
      client_id: request.clientId,
      code_verifier: verifier,
    }).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
