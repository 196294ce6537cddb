export {
  BadUserInput,
  Conflict,
  ErrorCode,
  Forbidden,
  NotFound,
  NotYetKnown,
  ServiceUnavailable,
  Unauthenticated,
  UnsupportedMediaType,
} from './errors';
export { formatGraphQLError } from './validation';
