import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { Caller, TokenVerifier } from '@erqi/shared/util-auth';
import { ErrorCode } from '@erqi/shared/util-errors';
import { clientAddress, type RateLimit, type RateLimiter } from '@erqi/shared/util-rate-limit';
import { GraphQLError } from 'graphql';

/** A bad token ends the request with HTTP 401 and UNAUTHENTICATED, before any resolver runs. */
export async function verifyOrReject(
  verify: TokenVerifier,
  authorization: string | undefined,
): Promise<Caller> {
  try {
    return await verify(authorization);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'The token is not valid here';
    throw new GraphQLError(message, {
      extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
    });
  }
}

/** HTTP 429 with Retry-After, and a RATE_LIMITED error that says what the limit is. */
export function rateLimited(retryAfterSeconds: number, limit: RateLimit): GraphQLError {
  return new GraphQLError(
    `Too many requests: each caller may send ${limit.perSecond} operations a second (bursts of ${limit.burst}). Try again in ${retryAfterSeconds} s.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    },
  );
}

export interface AdmissionOptions {
  verify: TokenVerifier;
  limiter: RateLimiter;
  rateLimit: RateLimit;
  /** Reverse proxies whose X-Forwarded-For is believed. @default none */
  trustedProxies?: ReadonlySet<string>;
  /** Whether this request is exempt from the limit (a subgraph: one of our services, already limited at the gateway). */
  exempt?: (caller: Caller) => boolean;
}

/**
 * The verified caller of a request, counted against its bucket: the token's subject, else the client
 * address. A bad token (forged, expired, `alg: none`) is counted against the address it came from
 * before it is refused, so sending forged tokens is no way around the limit: past the burst it is 429.
 */
export async function admitCaller(
  request: IncomingMessage,
  authorization: string | undefined,
  options: AdmissionOptions,
): Promise<Caller> {
  const address = (): string =>
    `ip:${clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], options.trustedProxies ?? new Set())}`;
  const count = (key: string): void => {
    const decision = options.limiter.take(key);
    if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds, options.rateLimit);
  };
  let caller: Caller;
  try {
    caller = await verifyOrReject(options.verify, authorization);
  } catch (error) {
    count(address());
    throw error;
  }
  if (options.exempt?.(caller)) return caller;
  count(caller.kind === 'user' ? `sub:${caller.subject}` : address());
  return caller;
}
