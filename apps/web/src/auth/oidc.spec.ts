import { createHash, webcrypto } from 'node:crypto';
import { beginSignIn, completeSignIn, type FlowStorage, SignInError } from './oidc';

const crypto = webcrypto as unknown as Crypto;
const issuer = 'http://localhost:4010';
const config = {
  issuer,
  clientId: 'erqi-web',
  scope: 'openid profile',
  redirectUri: 'http://localhost:4000/sign-in/callback',
};

/** sessionStorage as a tab has it. */
function tabStorage(): FlowStorage & { size(): number } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    size: () => items.size,
  };
}

const idTokenWith = (nonce: string): string =>
  `e30.${Buffer.from(JSON.stringify({ nonce })).toString('base64url')}.sig`;

/**
 * A provider that keeps to RFC 7636: it remembers the challenge of each authorization and hands out
 * a token only for the verifier whose SHA-256 is that challenge.
 */
function provider(options: { tokenStatus?: number; idTokenNonce?: string } = {}) {
  const challenges = new Map<string, string>();
  const tokenRequests: URLSearchParams[] = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    if (url.pathname === '/.well-known/openid-configuration')
      return Response.json({
        issuer,
        authorization_endpoint: `${issuer}/auth`,
        token_endpoint: `${issuer}/token`,
      });
    if (url.pathname === '/token') {
      const form = new URLSearchParams(String(init?.body));
      tokenRequests.push(form);
      const expected = challenges.get(form.get('code') ?? '');
      const given = createHash('sha256')
        .update(form.get('code_verifier') ?? '')
        .digest('base64url');
      if (options.tokenStatus || expected !== given)
        return Response.json({ error: 'invalid_grant' }, { status: options.tokenStatus ?? 400 });
      return Response.json({
        access_token: 'access-token-1',
        token_type: 'Bearer',
        expires_in: 3600,
        id_token: idTokenWith(options.idTokenNonce ?? challenges.get(`nonce:${form.get('code')}`)!),
      });
    }
    return new Response('not found', { status: 404 });
  }) as typeof fetch;
  /** The provider signs the person in and sends the browser back with a code. */
  const authorize = (authorizationUrl: string, code = 'code-1'): string => {
    const params = new URL(authorizationUrl).searchParams;
    challenges.set(code, params.get('code_challenge') ?? '');
    challenges.set(`nonce:${code}`, params.get('nonce') ?? '');
    return `${config.redirectUri}?code=${code}&state=${params.get('state')}&iss=${encodeURIComponent(issuer)}`;
  };
  return { fetchImpl, authorize, tokenRequests };
}

describe('OpenID Connect sign-in with PKCE (web)', () => {
  it("sends the browser to the provider's authorization endpoint with an S256 challenge, a state and a nonce", async () => {
    const { fetchImpl } = provider();
    const first = new URL(await beginSignIn(config, tabStorage(), fetchImpl, crypto));
    const second = new URL(await beginSignIn(config, tabStorage(), fetchImpl, crypto));
    expect(first.origin + first.pathname).toBe(`${issuer}/auth`);
    expect(Object.fromEntries(first.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'erqi-web',
      redirect_uri: config.redirectUri,
      scope: 'openid profile',
      code_challenge_method: 'S256',
    });
    expect(first.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Every sign-in its own secrets: nothing to replay from another.
    for (const name of ['state', 'nonce', 'code_challenge'])
      expect(first.searchParams.get(name)).not.toBe(second.searchParams.get(name));
  });

  it('comes back with the access token, its expiry, and exchanges the code with the verifier only once', async () => {
    const { fetchImpl, authorize, tokenRequests } = provider();
    const storage = tabStorage();
    const callback = authorize(await beginSignIn(config, storage, fetchImpl, crypto));
    const result = await completeSignIn(callback, config, storage, fetchImpl, () => 1_000);
    expect(result).toMatchObject({ accessToken: 'access-token-1', expiresAt: 1_000 + 3_600_000 });
    expect(tokenRequests[0]?.get('grant_type')).toBe('authorization_code');
    expect(tokenRequests[0]?.get('client_id')).toBe('erqi-web');
    expect(tokenRequests[0]?.has('client_secret')).toBe(false);
    expect(storage.size()).toBe(0);
    await expect(completeSignIn(callback, config, storage, fetchImpl)).rejects.toMatchObject({
      code: 'NO_PENDING_SIGN_IN',
    });
  });

  it('refuses an answer for another state without asking for a token', async () => {
    const { fetchImpl, authorize, tokenRequests } = provider();
    const storage = tabStorage();
    const callback = authorize(await beginSignIn(config, storage, fetchImpl, crypto));
    const forged = callback.replace(/state=[^&]+/, 'state=someone-elses');
    await expect(completeSignIn(forged, config, storage, fetchImpl)).rejects.toEqual(
      new SignInError('STATE_MISMATCH', 'The answer is not for the sign-in this tab started'),
    );
    expect(tokenRequests).toHaveLength(0);
  });

  it("says why when the provider refuses, names another issuer, or won't hand out a token", async () => {
    const { fetchImpl } = provider();
    const storage = tabStorage();
    let state = new URL(await beginSignIn(config, storage, fetchImpl, crypto)).searchParams.get(
      'state',
    );
    await expect(
      completeSignIn(
        `${config.redirectUri}?error=access_denied&error_description=${encodeURIComponent('用户取消了登录')}&state=${state}`,
        config,
        storage,
        fetchImpl,
      ),
    ).rejects.toMatchObject({ code: 'PROVIDER_REFUSED', message: '用户取消了登录' });

    state = new URL(await beginSignIn(config, storage, fetchImpl, crypto)).searchParams.get(
      'state',
    );
    await expect(
      completeSignIn(
        `${config.redirectUri}?code=c&state=${state}&iss=${encodeURIComponent('https://evil.example')}`,
        config,
        storage,
        fetchImpl,
      ),
    ).rejects.toMatchObject({ code: 'ISSUER_MISMATCH' });

    const refusing = provider({ tokenStatus: 400 });
    const callback = refusing.authorize(
      await beginSignIn(config, storage, refusing.fetchImpl, crypto),
    );
    await expect(
      completeSignIn(callback, config, storage, refusing.fetchImpl),
    ).rejects.toMatchObject({
      code: 'TOKEN_REQUEST_FAILED',
      message: expect.stringContaining('invalid_grant'),
    });
  });

  it('refuses an ID token minted for another sign-in (its nonce)', async () => {
    const other = provider({ idTokenNonce: 'another-nonce' });
    const storage = tabStorage();
    const callback = other.authorize(await beginSignIn(config, storage, other.fetchImpl, crypto));
    await expect(completeSignIn(callback, config, storage, other.fetchImpl)).rejects.toMatchObject({
      code: 'NONCE_MISMATCH',
    });
  });
});
