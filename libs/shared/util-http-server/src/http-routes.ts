import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What a plain route answers: a status and a body, sent as is when it is bytes or text, as JSON
 * otherwise, with its content type and any further headers (caching, ETag).
 */
export interface RouteResult {
  status: number;
  body: unknown;
  /** @default 'application/json' (bytes: 'application/octet-stream') */
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * A plain route next to `/graphql`, e.g. `/health`, keyed by its path; a key ending in `/*`
 * (`/photos/*`) answers every path one segment below it, which the handler reads from `request.url`.
 */
export type RouteHandler = (request: IncomingMessage) => Promise<RouteResult>;

/** A body past its limit: answered 413 PAYLOAD_TOO_LARGE with the message and the limit. */
export class BodyTooLarge extends Error {
  constructor(
    readonly limitBytes: number,
    message = `The request body is larger than ${limitBytes} bytes`,
  ) {
    super(message);
  }
}

/**
 * Reads the body up to `limit` bytes. Past it, the rest is read and dropped (up to a megabyte more)
 * before refusing, so the client finishes sending and gets the 413 rather than a reset connection.
 * `tooLarge` is the message of that 413 (say what the limit is in the caller's terms).
 */
export function readRequestBody(
  request: IncomingMessage,
  limit: number,
  tooLarge?: string,
): Promise<Buffer> {
  const drainLimit = limit + 1_000_000;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    if (Number(request.headers['content-length'] ?? 0) > drainLimit) {
      reject(new BodyTooLarge(limit, tooLarge));
      request.destroy();
      return;
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > drainLimit) {
        reject(new BodyTooLarge(limit, tooLarge));
        request.destroy();
      } else if (size <= limit) {
        chunks.push(chunk);
      }
    });
    request.on('end', () =>
      size > limit ? reject(new BodyTooLarge(limit, tooLarge)) : resolve(Buffer.concat(chunks)),
    );
    request.on('error', reject);
  });
}

/** The route for a path: its exact key, else the longest `<prefix>/*` key it sits under. */
export function findRoute(
  routes: Record<string, RouteHandler>,
  path: string,
): { key: string; handler: RouteHandler } | undefined {
  const exact = routes[path];
  if (exact) return { key: path, handler: exact };
  const slash = path.lastIndexOf('/');
  if (slash <= 0 || slash === path.length - 1) return undefined;
  const key = `${path.slice(0, slash)}/*`;
  const handler = routes[key];
  return handler ? { key, handler } : undefined;
}

/** Sends a route's answer: bytes and text as they are, anything else as JSON. */
export function sendRouteResult(response: ServerResponse, result: RouteResult): void {
  // 304 Not Modified and the like: headers only.
  if (result.body === undefined) {
    response.writeHead(result.status, { ...result.headers });
    response.end();
    return;
  }
  const bytes = Buffer.isBuffer(result.body) || result.body instanceof Uint8Array;
  const payload: string | Uint8Array = bytes
    ? (result.body as Uint8Array)
    : typeof result.body === 'string'
      ? result.body
      : JSON.stringify(result.body);
  response.writeHead(result.status, {
    'content-type': result.contentType ?? (bytes ? 'application/octet-stream' : 'application/json'),
    ...result.headers,
  });
  response.end(payload);
}
