/** How fast one caller may send operations. */
export interface RateLimit {
  /** Operations per second a caller may keep sending. @default 20 (GATEWAY_RATE_LIMIT_PER_SECOND) */
  perSecond: number;
  /** Operations a caller may send at once after a quiet spell. @default 40 (GATEWAY_RATE_LIMIT_BURST) */
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 20, burst: 40 };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimiterOptions extends RateLimit {
  /** Milliseconds since some origin; tests pass a fake clock. @default performance.now */
  now?: () => number;
  /** Callers remembered at most; the least recently seen are forgotten first. @default 100_000 */
  maxCallers?: number;
}

/**
 * A token bucket per caller. A bucket that has refilled completely is the same as a new one, so it is
 * forgotten: memory holds only callers seen within the last `burst / perSecond` seconds (capped).
 */
export class RateLimiter {
  // Kept in order of last use (each take re-inserts its key), so the idle ones are at the front.
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxCallers: number;
  private readonly refillMs: number;

  constructor(private readonly options: RateLimiterOptions) {
    if (!(options.perSecond > 0) || !(options.burst >= 1))
      throw new RangeError('A rate limit needs perSecond > 0 and burst >= 1');
    this.now = options.now ?? (() => performance.now());
    this.maxCallers = options.maxCallers ?? 100_000;
    this.refillMs = (options.burst / options.perSecond) * 1000;
  }

  /** Takes one token from `caller`'s bucket, or says how long until there is one. */
  take(caller: string): RateDecision {
    const now = this.now();
    this.forgetIdle(now);
    const bucket = this.buckets.get(caller);
    const tokens = bucket
      ? Math.min(
          this.options.burst,
          bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.options.perSecond,
        )
      : this.options.burst;
    this.buckets.delete(caller);
    if (tokens < 1) {
      this.buckets.set(caller, { tokens, updatedAt: now });
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.options.perSecond)),
      };
    }
    this.buckets.set(caller, { tokens: tokens - 1, updatedAt: now });
    if (this.buckets.size > this.maxCallers) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return { allowed: true };
  }

  /** Callers currently remembered (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  private forgetIdle(now: number): void {
    for (const [caller, bucket] of this.buckets) {
      if (now - bucket.updatedAt < this.refillMs) return;
      this.buckets.delete(caller);
    }
  }
}
