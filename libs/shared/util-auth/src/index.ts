export { actorOf, ANONYMOUS, type Caller, Role, type UserCaller } from './caller';
export {
  currentDevelopmentKey,
  DEVELOPMENT_JWKS_FILE,
  DEVELOPMENT_KEY_FILE,
  DEVELOPMENT_KEY_SET_FILE,
  developmentPublicKeys,
  type KeySetLocation,
  MAX_TOKEN_LIFETIME_SECONDS,
  rotateDevelopmentKey,
  writeDevelopmentJwks,
} from './keys';
export {
  type AuthConfig,
  authConfigOf,
  authConfigFromEnv,
  type CachingTokenVerifier,
  type CallerClaims,
  createTokenVerifier,
  DEFAULT_VERIFIED_TOKEN_CACHE_SIZE,
  DEVELOPMENT_ISSUER,
  issueDevelopmentToken,
  PRODUCTION_KEY_SOURCE_MISSING,
  SERVICE_ROLE,
  serviceAuthorization,
  type TokenVerifier,
  type TokenVerifierOptions,
} from './token';
export {
  hasRole,
  maskName,
  maskPhone,
  requireDepartmentStaff,
  requireRole,
  requireUser,
} from './access';
