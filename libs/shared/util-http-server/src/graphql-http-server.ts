import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { Logger } from '@erqi/shared/util-logging';
import type { ServiceMetrics } from '@erqi/shared/util-metrics';
import { requestIdFrom, runInRequest } from '@erqi/shared/util-request-scope';
import {
  BodyTooLarge,
  findRoute,
  readRequestBody,
  type RouteHandler,
  sendRouteResult,
} from './http-routes';

export interface GraphQLHttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Builds the per-request context (loaders, the caller's identity). */
  context: (request: IncomingMessage) => Promise<TContext>;
  routes?: Record<string, RouteHandler>;
  /** Answers every path that no route and not `/graphql` takes (e.g. a web app's files). @default a JSON 404 */
  fallback?: RouteHandler;
  /** Largest request body accepted, in bytes. @default 1_000_000 */
  maxBodyBytes?: number;
  /** Where a browser that opens `/graphql` is sent (an explorer page). @default undefined (no redirect) */
  browserLandingPath?: string;
  /** Logs one line per answered request (not `/health` or `/metrics` polls) and failures. */
  logger: Logger;
  /** Times every request into `http_request_duration_seconds`. @default none */
  metrics?: ServiceMetrics;
}

/** The header a request id arrives and leaves in; the gateway passes it on to subgraphs. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Polled by orchestrators and Prometheus every few seconds: timed, but not logged. */
const QUIET_ROUTES = new Set(['/health', '/ready', '/metrics']);

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'content-type': contentType });
  response.end(text);
}

/** How long an idle client connection is kept open. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * Serves an Apollo server over node's own HTTP module at `/graphql`, plus plain routes such as
 * `/health`. Apollo Server 5 no longer ships a web framework integration; this is the small one we need.
 */
export function createGraphQLHttpServer<TContext extends BaseContext>(
  options: GraphQLHttpServerOptions<TContext>,
): Server {
  const limit = options.maxBodyBytes ?? 1_000_000;
  const routes = options.routes ?? {};
  const server = createServer((request, response) => {
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // Unknown paths share one label, and `/photos/<id>` is `/photos/*`: a scanner must not grow the histogram without bound.
    const route = path === '/graphql' ? path : (findRoute(routes, path)?.key ?? 'other');
    response.once('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      options.metrics?.httpRequestDuration.observe(
        { method: request.method ?? 'GET', route, status_code: String(response.statusCode) },
        seconds,
      );
      if (!QUIET_ROUTES.has(path)) {
        runInRequest(
          () =>
            options.logger.info(`${request.method} ${path} ${response.statusCode}`, {
              durationMs: Math.round(seconds * 10_000) / 10,
            }),
          { requestId },
        );
      }
    });
    void runInRequest(() => handle(request, response), { requestId }).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        sendJson(response, 413, {
          errors: [
            {
              message: error.message,
              extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: error.limitBytes },
            },
          ],
        });
        return;
      }
      runInRequest(
        () =>
          options.logger.error('request failed', {
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
          }),
        { requestId },
      );
      if (!response.headersSent)
        sendJson(response, 500, {
          errors: [
            { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        });
    });
  });
  // An idle keep-alive connection outlives the gateway's own idle timeout (30 s) and a load balancer's
  // (60 s is common): the client, not this server, closes it, so a reused connection is never cut as a
  // request goes out on it. (Node's default is 5 s.)
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return server;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = findRoute(routes, url.pathname);
    if (route) {
      sendRouteResult(response, await route.handler(request));
      return;
    }
    if (url.pathname !== '/graphql') {
      if (options.fallback) sendRouteResult(response, await options.fallback(request));
      else sendJson(response, 404, { error: `Nothing at ${url.pathname}; the API is at /graphql` });
      return;
    }
    if (
      options.browserLandingPath &&
      request.method === 'GET' &&
      !url.search &&
      (request.headers.accept ?? '').includes('text/html')
    ) {
      response.writeHead(302, { location: options.browserLandingPath });
      response.end();
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const rawBody =
      request.method === 'POST' ? (await readRequestBody(request, limit)).toString('utf8') : '';
    let body: unknown = rawBody;
    if (rawBody && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        sendJson(response, 400, {
          errors: [
            { message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
          ],
        });
        return;
      }
    }
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(request),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }
}

/** Starts listening and resolves with the port (pass 0 for any free port, as tests do). */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** How long requests in flight may take to finish once a service is asked to stop. @default 10_000 (SHUTDOWN_DRAIN_MS) */
export const DEFAULT_DRAIN_MS = 10_000;

/**
 * Stops accepting connections and lets the requests in flight finish; a connection still busy after
 * `deadlineMs` is cut. Keep-alive connections are closed as soon as they fall idle, so a client's
 * next request goes to another replica rather than to a server on its way out.
 */
export function drainServer(server: Server, deadlineMs = DEFAULT_DRAIN_MS): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      server.closeAllConnections();
      resolve();
      return;
    }
    const idle = setInterval(() => server.closeIdleConnections(), 25);
    const deadline = setTimeout(() => server.closeAllConnections(), deadlineMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
