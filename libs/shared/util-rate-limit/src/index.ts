export { clientAddress, trustedProxiesFrom } from './client-address';
export {
  DEFAULT_RATE_LIMIT,
  type RateDecision,
  type RateLimit,
  RateLimiter,
  type RateLimiterOptions,
} from './rate-limiter';
