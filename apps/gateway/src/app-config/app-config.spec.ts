import type { IncomingMessage } from 'node:http';
import { appConfigOf, appConfigRoute } from './app-config';

const settings = {
  NODE_ENV: 'development',
  AUTH_ISSUER: 'http://localhost:4010',
  AUTH_AUDIENCE: 'erqi-grid-governance',
  WEB_OIDC_SCOPE: 'openid profile',
};

describe('GET /app-config.json: how the web app signs in', () => {
  it('offers the OpenID provider the gateway trusts, with its client, scope and audience', () => {
    expect(appConfigOf({ ...settings, WEB_OIDC_CLIENT_ID: 'erqi-web' })).toEqual({
      signIn: {
        development: true,
        oidc: {
          issuer: 'http://localhost:4010',
          clientId: 'erqi-web',
          scope: 'openid profile',
          audience: 'erqi-grid-governance',
        },
      },
    });
  });

  it('offers no seed-user picker in production, and no OpenID sign-in without a client id', () => {
    expect(appConfigOf({ ...settings, NODE_ENV: 'production' })).toEqual({
      signIn: { development: false, oidc: null },
    });
  });

  it('answers GET with the settings and refuses other methods', async () => {
    const route = appConfigRoute(appConfigOf(settings))['/app-config.json'];
    await expect(route?.({ method: 'GET' } as IncomingMessage)).resolves.toEqual({
      status: 200,
      body: { signIn: { development: true, oidc: null } },
    });
    await expect(route?.({ method: 'POST' } as IncomingMessage)).resolves.toMatchObject({
      status: 405,
    });
  });
});
