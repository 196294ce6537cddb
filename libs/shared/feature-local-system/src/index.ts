export {
  type OidcAddresses,
  type RunningSystem,
  startExtraGateway,
  startSystem,
  type SystemAddresses,
} from './local-system';
export {
  ensureWebAppBuilt,
  newestChange,
  runNx,
  WEB_APP_BUILD_DIR,
  webAppBuildIsStale,
} from './web-app-build';
