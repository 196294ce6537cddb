import { type RunningSystem, startSystem } from '@erqi/shared/feature-local-system';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { seedUsers } from '@erqi/shared/util-seed-fixtures';
import { exchangeCode, pkcePair, type SignInRequest, signInAsBrowser } from './code-flow';

/**
 * Signing in through the local OpenID provider as a browser does (authorization code flow with PKCE
 * S256), then asking the real gateway with the access token; every subgraph verifies it again
 * against the provider's keys (AUTH_JWKS_URL). A system of its own, started with the provider.
 */
describe('OpenID Connect sign-in through the local provider', () => {
  const worker = seedUsers.find((user) => user.role === 'GRID_WORKER');
  let system: RunningSystem;
  let request: SignInRequest;

  beforeAll(async () => {
    system = await startSystem({ oidc: true });
    const oidc = system.oidc;
    if (!oidc || !worker)
      throw new Error('the system has no OpenID provider or no seed grid worker');
    request = {
      issuer: oidc.issuer,
      clientId: oidc.clientId,
      redirectUri: oidc.redirectUri,
      scope: 'openid profile',
      login: worker.login ?? 'grid-worker',
      password: 'erqi-dev-only',
    };
  }, 240_000);

  afterAll(async () => {
    await system?.stop();
  }, 60_000);

  const gatewayOrigin = (): string => new URL(system.gatewayUrl).origin;
  const appealsQuery = '{ appeals(first: 50) { totalCount nodes { title gridCell { id } } } }';

  it('tells the web app, at /app-config.json, to sign in with the provider the services trust', async () => {
    const response = await fetch(`${gatewayOrigin()}/app-config.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      signIn: {
        // The test system runs in production mode: no seed-user picker.
        development: false,
        oidc: {
          issuer: system.oidc?.issuer,
          clientId: 'erqi-web',
          scope: 'openid profile',
          audience: 'erqi-grid-governance',
        },
      },
    });
  });

  it("signs the grid worker in on the provider's page and the access token reads only its cells' appeals", async () => {
    const pkce = pkcePair();
    const { callbackUrl, loginPageHtml, rejectedLoginStatus } = await signInAsBrowser(
      request,
      pkce,
      'state-1',
    );
    // The page a person sees: labelled fields, the sample password marked as such; a wrong one refused.
    expect(loginPageHtml).toContain('<label for="login">账号 <span lang="en">Login</span></label>');
    expect(loginPageHtml).toContain('<label for="password">密码');
    expect(loginPageHtml).toContain('仅供开发测试');
    expect(rejectedLoginStatus).toBe(401);
    expect(callbackUrl.searchParams.get('state')).toBe('state-1');
    const code = callbackUrl.searchParams.get('code') ?? '';

    const { status, body } = await exchangeCode(request, code, pkce.verifier);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String) });
    const authorization = `Bearer ${String(body['access_token'])}`;

    const answer = await postGraphQL<{
      appeals: { totalCount: number; nodes: Array<{ gridCell: { id: string } }> };
    }>(system.gatewayUrl, appealsQuery, {}, { authorization });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.appeals.totalCount).toBeGreaterThan(0);
    for (const appeal of answer.body.data?.appeals.nodes ?? [])
      expect(worker?.gridCellIds).toContain(appeal.gridCell.id);

    // The same question without a token is refused: the token is what opened it.
    const anonymous = await postGraphQL(system.gatewayUrl, appealsQuery);
    expect(anonymous.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses the code with another PKCE verifier, and a provider token with a tampered signature', async () => {
    const pkce = pkcePair();
    const { callbackUrl } = await signInAsBrowser(request, pkce, 'state-2');
    const code = callbackUrl.searchParams.get('code') ?? '';
    const wrong = await exchangeCode(request, code, pkcePair().verifier);
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: 'invalid_grant' });

    const { body } = await exchangeCode(request, code, pkce.verifier);
    const [header, payload, signature = ''] = String(body['access_token']).split('.');
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    const tampered = await postGraphQL(
      system.gatewayUrl,
      appealsQuery,
      {},
      { authorization: `Bearer ${header}.${payload}.${flipped}` },
    );
    expect(tampered.status).toBe(401);
    expect(tampered.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('never sends the browser to an address it was not given, and asks every sign-in for PKCE', async () => {
    const authorize = (params: Record<string, string>) => {
      const url = new URL('/auth', request.issuer);
      url.search = new URLSearchParams({
        client_id: request.clientId,
        response_type: 'code',
        scope: request.scope,
        state: 's',
        ...params,
      }).toString();
      return fetch(url, { redirect: 'manual' });
    };
    const elsewhere = await authorize({
      redirect_uri: 'https://elsewhere.example/sign-in/callback',
      code_challenge: pkcePair().challenge,
      code_challenge_method: 'S256',
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.headers.get('location')).toBeNull();
    // Without a challenge the provider answers the (registered) app with an error, not a code.
    const withoutPkce = await authorize({ redirect_uri: request.redirectUri });
    const back = new URL(withoutPkce.headers.get('location') ?? '', request.issuer);
    expect(back.href.startsWith(request.redirectUri)).toBe(true);
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('code')).toBeNull();
  });
});
