export { actorOf, ANONYMOUS, type Caller, Role, type UserCaller } from './caller';
export { DEVELOPMENT_KEY_FILE, developmentKeys } from './keys';
export {
  type AuthConfig,
  authConfigFromEnv,
  type CallerClaims,
  createTokenVerifier,
  issueDevelopmentToken,
  SERVICE_ROLE,
  serviceAuthorization,
  type TokenVerifier,
} from './token';
export {
  hasRole,
  maskName,
  maskPhone,
  requireDepartmentStaff,
  requireRole,
  requireUser,
} from './access';
