import { RateLimiter } from './rate-limiter';

function limiterWithClock(
  perSecond: number,
  burst: number,
  maxCallers?: number,
): { limiter: RateLimiter; advance: (ms: number) => void } {
  let now = 0;
  const limiter = new RateLimiter({
    perSecond,
    burst,
    now: () => now,
    ...(maxCallers ? { maxCallers } : {}),
  });
  return { limiter, advance: (ms) => void (now += ms) };
}

describe('rate limiter (token bucket per caller)', () => {
  it('allows a burst, then refuses with the seconds until the next token', () => {
    const { limiter } = limiterWithClock(2, 4);
    for (let i = 0; i < 4; i += 1) expect(limiter.take('alice')).toEqual({ allowed: true });
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills at the configured rate', () => {
    const { limiter, advance } = limiterWithClock(2, 4);
    for (let i = 0; i < 4; i += 1) limiter.take('alice');
    advance(499);
    expect(limiter.take('alice').allowed).toBe(false);
    advance(1);
    expect(limiter.take('alice')).toEqual({ allowed: true });
    expect(limiter.take('alice').allowed).toBe(false);
    advance(10_000);
    // Never more than the burst, however long the caller was quiet.
    for (let i = 0; i < 4; i += 1) expect(limiter.take('alice').allowed).toBe(true);
    expect(limiter.take('alice').allowed).toBe(false);
  });

  it('keeps a bucket per caller', () => {
    const { limiter } = limiterWithClock(1, 1);
    expect(limiter.take('sub:alice').allowed).toBe(true);
    expect(limiter.take('sub:alice').allowed).toBe(false);
    expect(limiter.take('sub:bob').allowed).toBe(true);
    expect(limiter.take('ip:127.0.0.1').allowed).toBe(true);
  });

  it('says how long to wait when the rate is slow', () => {
    const { limiter } = limiterWithClock(0.1, 1);
    limiter.take('alice');
    expect(limiter.take('alice')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('forgets callers whose bucket has refilled, so memory stays bounded', () => {
    const { limiter, advance } = limiterWithClock(10, 20);
    for (let i = 0; i < 1000; i += 1) limiter.take(`caller-${i}`);
    expect(limiter.size).toBe(1000);
    advance(2000);
    limiter.take('late');
    expect(limiter.size).toBe(1);
  });

  it('forgets the least recently seen caller beyond maxCallers', () => {
    const { limiter } = limiterWithClock(1, 1, 3);
    for (const caller of ['a', 'b', 'c', 'd']) limiter.take(caller);
    expect(limiter.size).toBe(3);
    // 'a' was forgotten: it gets a fresh bucket; 'd' is still remembered and empty.
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('d').allowed).toBe(false);
  });

  it('refuses a limit that would let nothing through', () => {
    expect(() => new RateLimiter({ perSecond: 0, burst: 1 })).toThrow(RangeError);
  });
});
