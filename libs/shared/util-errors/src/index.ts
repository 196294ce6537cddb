export { BadUserInput, Conflict, ErrorCode, Forbidden, NotFound, Unauthenticated } from './errors';
export { formatGraphQLError } from './validation';
