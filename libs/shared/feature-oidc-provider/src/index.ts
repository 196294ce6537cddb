export { authenticate, claimsOf, SAMPLE_PASSWORD } from './accounts';
export {
  API_RESOURCE,
  DEFAULT_REDIRECT_URIS,
  type OidcProviderOptions,
  type RunningOidcProvider,
  startOidcProvider,
  WEB_CLIENT_ID,
  WEB_SCOPE,
} from './oidc-provider';
export { OIDC_KEY_FILE, providerSigningKey } from './signing-key';
