import type { RateLimit } from '@erqi/shared/util-rate-limit';

/**
 * The per-caller rate limit of a subgraph under an integration test. Such a test plays many people
 * through a few tokens, far faster than any one person, so it runs with a limit it cannot reach; the
 * limit itself is tested in feature-subgraph-server and against the running system (apps/e2e).
 */
export const TEST_RATE_LIMIT: RateLimit = { perSecond: 1_000_000, burst: 1_000_000 };
