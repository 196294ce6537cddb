export { BadUserInput, Conflict, ErrorCode, Forbidden, NotFound, ServiceUnavailable, Unauthenticated } from './errors';
export { formatGraphQLError } from './validation';
