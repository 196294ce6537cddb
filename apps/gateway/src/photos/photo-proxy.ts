import type { IncomingMessage } from 'node:http';
import { PHOTO_MAX_BYTES, PHOTO_TOO_LARGE_MESSAGE, PHOTOS_PATH } from '@erqi/appeal/util-contract';
import { callerRoute, errorAnswer } from '@erqi/shared/feature-subgraph-server';
import type { Caller } from '@erqi/shared/util-auth';
import { ServiceUnavailable } from '@erqi/shared/util-errors';
import { readRequestBody, type RouteHandler } from '@erqi/shared/util-http-server';

/** The request headers the appeal subgraph needs: who, what, and the browser's copy. */
const FORWARDED_REQUEST_HEADERS = ['authorization', 'content-type', 'if-none-match'];
/** The answer's headers the client needs: type, caching, and what a refusal says. */
const FORWARDED_RESPONSE_HEADERS = [
  'cache-control',
  'etag',
  'vary',
  'x-content-type-options',
  'allow',
  'retry-after',
];

export interface PhotoProxyOptions {
  /** The appeal subgraph's URL (its `/graphql`), or a function naming a replica up; photos are at `/photos` beside it. */
  appealUrl: string | (() => string);
  /** The gateway's door, as for /graphql: the token verified, the caller's bucket counted (401, 429). */
  admit: (request: IncomingMessage) => Promise<Caller>;
  /** The headers every request to a subgraph carries: the request id, the gateway's service token. */
  subgraphHeaders: () => Promise<Record<string, string>>;
}

/**
 * `/photos` and `/photos/<id>` on the gateway's host, passed to the appeal subgraph, which owns the
 * photos and decides who may upload or see one. A body over the photo limit is refused here, so the
 * gateway never buffers more than one photo per request.
 */
export function photoProxyRoutes(options: PhotoProxyOptions): Record<string, RouteHandler> {
  const forward = callerRoute(options.admit, async (request) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body =
      request.method === 'POST'
        ? await readRequestBody(request, PHOTO_MAX_BYTES, PHOTO_TOO_LARGE_MESSAGE)
        : undefined;
    const headers: Record<string, string> = await options.subgraphHeaders();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    let answer: Response;
    try {
      const appealUrl =
        typeof options.appealUrl === 'function' ? options.appealUrl() : options.appealUrl;
      answer = await fetch(new URL(path, appealUrl), {
        method: request.method ?? 'GET',
        headers,
        ...(body ? { body } : {}),
      });
    } catch {
      return errorAnswer(
        new ServiceUnavailable('appeal', 'Photos cannot be reached right now; try again shortly'),
      );
    }
    const responseHeaders: Record<string, string> = {};
    for (const name of FORWARDED_RESPONSE_HEADERS) {
      const value = answer.headers.get(name);
      if (value !== null) responseHeaders[name] = value;
    }
    const bytes = Buffer.from(await answer.arrayBuffer());
    return {
      status: answer.status,
      contentType: answer.headers.get('content-type') ?? 'application/octet-stream',
      headers: responseHeaders,
      body: answer.status === 304 ? undefined : bytes,
    };
  });
  return { [PHOTOS_PATH]: forward, [`${PHOTOS_PATH}/*`]: forward };
}
