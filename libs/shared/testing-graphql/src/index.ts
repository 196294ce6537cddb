export { serviceHeaders } from './service-headers';
export { TEST_RATE_LIMIT } from './test-rate-limit';
