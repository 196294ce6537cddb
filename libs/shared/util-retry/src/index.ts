export { isReportedAttempt, retryUntilDone, type RetryOptions } from './retry';
