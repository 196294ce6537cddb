import type { AppConfig } from './app-config';
import { beginSignIn, completeSignIn, type OidcClientConfig, SignInError } from './oidc';

type OidcSettings = NonNullable<AppConfig['signIn']['oidc']>;

/** The provider sends the browser back here, on this app's own origin. */
export const CALLBACK_PATH = '/sign-in/callback';
/** The settings of a sign-in in flight, for the callback page (sessionStorage: this tab only). */
const PENDING_SETTINGS_KEY = 'erqi.oidc.settings';

function clientConfig(oidc: OidcSettings): OidcClientConfig {
  return {
    issuer: oidc.issuer,
    clientId: oidc.clientId,
    scope: oidc.scope,
    redirectUri: `${window.location.origin}${CALLBACK_PATH}`,
    ...(oidc.audience ? { audience: oidc.audience } : {}),
  };
}

/** Sends the browser to the provider's sign-in page (authorization code flow with PKCE). */
export async function startProviderSignIn(oidc: OidcSettings): Promise<void> {
  sessionStorage.setItem(PENDING_SETTINGS_KEY, JSON.stringify(oidc));
  window.location.assign(await beginSignIn(clientConfig(oidc), sessionStorage));
}

/** Exchanges the code the provider sent back for the access token. */
export async function finishProviderSignIn(): Promise<string> {
  const stored = sessionStorage.getItem(PENDING_SETTINGS_KEY);
  const oidc = stored ? (JSON.parse(stored) as OidcSettings) : undefined;
  if (!oidc) throw new SignInError('NO_PENDING_SIGN_IN', 'No sign-in was started in this tab');
  const { accessToken } = await completeSignIn(
    window.location.href,
    clientConfig(oidc),
    sessionStorage,
  );
  sessionStorage.removeItem(PENDING_SETTINGS_KEY);
  return accessToken;
}
