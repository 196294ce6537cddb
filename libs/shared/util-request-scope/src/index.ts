export {
  currentRequest,
  isInRequest,
  requestIdFrom,
  type RequestScope,
  runInRequest,
  runOutsideRequest,
} from './request-scope';
