import {
  DEFAULT_REDIRECT_URIS,
  SAMPLE_PASSWORD,
  startOidcProvider,
  WEB_CLIENT_ID,
} from '@erqi/shared/feature-oidc-provider';

/**
 * `npm run oidc`: the local OpenID provider on OIDC_PORT (4010) for the seed users, until Ctrl-C.
 * OIDC_REDIRECT_URIS (comma-separated) moves where the web app may be sent back to; AUTH_AUDIENCE
 * is the `aud` its access tokens carry. Run the services with AUTH_JWKS_URL and AUTH_ISSUER as printed.
 */
async function main(): Promise<void> {
  const redirectUris = process.env['OIDC_REDIRECT_URIS']
    ?.split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
  const provider = await startOidcProvider({
    port: Number(process.env['OIDC_PORT'] ?? 4010),
    ...(process.env['AUTH_AUDIENCE'] ? { audience: process.env['AUTH_AUDIENCE'] } : {}),
    ...(redirectUris?.length ? { redirectUris } : {}),
  });
  console.log(`[oidc] local OpenID provider (development only) at ${provider.issuer}
  Discovery    ${provider.issuer}/.well-known/openid-configuration
  Client       ${WEB_CLIENT_ID} (public, PKCE S256), back to ${(redirectUris?.length ? redirectUris : DEFAULT_REDIRECT_URIS).join(', ')}
  Users        the seed users (e.g. grid-worker, staff-urban, leader-1), sample password ${SAMPLE_PASSWORD}
  Services     AUTH_JWKS_URL=${provider.jwksUrl} AUTH_ISSUER=${provider.issuer}`);
  const stop = (): void => void provider.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(
    `[oidc] could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
