export { currentRequest, isInRequest, requestIdFrom, type RequestScope, runInRequest } from './request-scope';
