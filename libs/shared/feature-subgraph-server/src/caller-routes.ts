import type { IncomingMessage } from 'node:http';
import type { Caller } from '@erqi/shared/util-auth';
import type { RouteHandler, RouteResult } from '@erqi/shared/util-http-server';
import { GraphQLError } from 'graphql';

/** A plain HTTP route that must know who is calling (photos): it gets the admitted caller. */
export type CallerRouteHandler = (request: IncomingMessage, caller: Caller) => Promise<RouteResult>;

/** The HTTP status a coded error means on a plain route (on /graphql they stay 200 but for the door's). */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * A coded error as a plain route's answer, in the shape /graphql answers errors in
 * (`{ errors: [{ message, extensions: { code, … } }] }`), so a client reads both alike.
 */
export function errorAnswer(error: GraphQLError): RouteResult {
  const { http, ...extensions } = error.extensions as {
    http?: { status?: number; headers?: Iterable<[string, string]> };
  } & Record<string, unknown>;
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'BAD_REQUEST';
  return {
    status: http?.status ?? STATUS_OF_CODE[code] ?? 400,
    body: { errors: [{ message: error.message, extensions }] },
    headers: Object.fromEntries(http?.headers ?? []),
  };
}

/**
 * A route that admits its caller as /graphql does (token verified, rate-limited), then answers.
 * Coded errors, the door's 401 and 429 and the handler's own, become JSON answers; anything else
 * is left to the server (500, logged).
 */
export function callerRoute(
  admit: (request: IncomingMessage) => Promise<Caller>,
  handler: CallerRouteHandler,
): RouteHandler {
  return async (request) => {
    try {
      return await handler(request, await admit(request));
    } catch (error) {
      if (error instanceof GraphQLError) return errorAnswer(error);
      throw error;
    }
  };
}
