import type { RouteHandler } from '@erqi/shared/util-http-server';

/** How the web app may sign in, as `GET /app-config.json` tells it. */
export interface AppConfig {
  signIn: {
    /** The development seed-user picker (development tokens); never in production. */
    development: boolean;
    /** OpenID Connect, authorization code flow with PKCE; null when no client is configured. */
    oidc: { issuer: string; clientId: string; scope: string; audience: string } | null;
  };
}

/** The settings the answer is made from (the gateway's config). */
export interface AppConfigSettings {
  NODE_ENV: string;
  AUTH_ISSUER: string;
  AUTH_AUDIENCE: string;
  WEB_OIDC_CLIENT_ID?: string | undefined;
  WEB_OIDC_SCOPE: string;
}

/**
 * The web app's sign-in settings. The issuer and audience are the ones the gateway checks tokens
 * against (AUTH_ISSUER, AUTH_AUDIENCE), so the app can only be sent to the provider it will believe.
 */
export function appConfigOf(settings: AppConfigSettings): AppConfig {
  return {
    signIn: {
      development: settings.NODE_ENV !== 'production',
      oidc: settings.WEB_OIDC_CLIENT_ID
        ? {
            issuer: settings.AUTH_ISSUER,
            clientId: settings.WEB_OIDC_CLIENT_ID,
            scope: settings.WEB_OIDC_SCOPE,
            audience: settings.AUTH_AUDIENCE,
          }
        : null,
    },
  };
}

/** `GET /app-config.json`: read by the web app before it shows a sign-in; public, never cached long. */
export function appConfigRoute(config: AppConfig): Record<string, RouteHandler> {
  return {
    '/app-config.json': async (request) =>
      request.method === 'GET' || request.method === 'HEAD'
        ? { status: 200, body: config }
        : { status: 405, body: { error: 'GET /app-config.json' } },
  };
}
