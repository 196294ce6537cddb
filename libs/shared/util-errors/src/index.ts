export {
  BadUserInput,
  Conflict,
  ErrorCode,
  Forbidden,
  NotFound,
  NotYetKnown,
  ServiceUnavailable,
  Unauthenticated,
} from './errors';
export { formatGraphQLError } from './validation';
