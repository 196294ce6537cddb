import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { RouteHandler, RouteResult } from '@erqi/shared/util-http-server';

/** The content type of each file a Vite build writes. Anything else is sent as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * Paths the gateway answers itself (or, in production, refuses): never the web app's index.html, so a
 * mistyped API path gets a 404 and not a page.
 */
const SERVER_PATHS = [
  '/graphql',
  '/health',
  '/ready',
  '/metrics',
  '/explorer',
  '/photos',
  '/app-config.json',
  '/dev',
];

/** Vite names its built assets `<name>-<hash>.<ext>`: their content never changes under that name. */
const HASHED_ASSET = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export interface WebAppOptions {
  /** The folder the web app's `vite build` writes (index.html and assets/). */
  directory: string;
  /**
   * Origins besides this one the page may fetch from (the OpenID provider's token endpoint).
   * @default none
   */
  connectOrigins?: string[];
}

/**
 * Self only: the app loads nothing from a CDN (closed networks). Styles may be inline (Ant Design
 * writes its CSS-in-JS into style elements); photos are previewed from blob: URLs before upload.
 */
export function contentSecurityPolicy(connectOrigins: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${["'self'", ...connectOrigins].join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The http(s) origins of some URLs (an issuer need not be a URL: the others are left out). */
export function originsOf(urls: string[]): string[] {
  return urls.flatMap((url) => {
    try {
      const { origin, protocol } = new URL(url);
      return protocol === 'http:' || protocol === 'https:' ? [origin] : [];
    } catch {
      return [];
    }
  });
}

function isServerPath(path: string): boolean {
  return SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** The file a request path names inside the folder, or undefined when it would leave it. */
function fileFor(directory: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(directory, decoded));
  return file.startsWith(directory + sep) ? file : undefined;
}

function cacheControl(path: string): string {
  // A new build names changed assets anew; index.html and the service worker must be asked for again.
  return HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

const notFound = (path: string): RouteResult => ({
  status: 404,
  body: { error: `Nothing at ${path}; the API is at /graphql` },
});

/**
 * The built web app at `/`: its files with their content types, `index.html` for client routes
 * (`/cells/…`), an ETag so `no-cache` files are revalidated rather than sent again. Answered by the
 * HTTP server's fallback, so every server route (`/graphql`, `/health`, …) comes first.
 */
export function webAppFallback(options: WebAppOptions): RouteHandler {
  const directory = normalize(options.directory);
  const securityHeaders = {
    'content-security-policy': contentSecurityPolicy(options.connectOrigins),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  // Files of a build do not change while it is served; a rebuild changes size or time, hence the ETag.
  const cache = new Map<string, { mtimeMs: number; body: Buffer; etag: string }>();
  const read = (file: string): { body: Buffer; etag: string } | undefined => {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats?.isFile()) return undefined;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === stats.mtimeMs) return cached;
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const entry = { mtimeMs: stats.mtimeMs, body, etag };
    cache.set(file, entry);
    return entry;
  };
  const answer = (
    request: IncomingMessage,
    path: string,
    file: string,
  ): RouteResult | undefined => {
    const entry = read(file);
    if (!entry) return undefined;
    const headers = { ...securityHeaders, etag: entry.etag, 'cache-control': cacheControl(path) };
    if (request.headers['if-none-match'] === entry.etag)
      return { status: 304, body: Buffer.alloc(0), headers };
    const contentType = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, body: entry.body, contentType, headers };
  };

  return async (request) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (isServerPath(path) || (request.method !== 'GET' && request.method !== 'HEAD'))
      return notFound(path);
    const file = path === '/' ? join(directory, 'index.html') : fileFor(directory, path);
    const found = file ? answer(request, path, file) : undefined;
    if (found) return found;
    // A client route (no file extension) gets the app, which draws the screen; a missing file does not.
    if (extname(path) !== '') return notFound(path);
    return (
      answer(request, '/index.html', join(directory, 'index.html')) ?? {
        status: 404,
        body: `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>Web app not built</title><p>The web app is not built in ${directory}. Run <code>npm start</code> (it builds it) or <code>npx nx build web</code>.</p></html>`,
        contentType: 'text/html; charset=utf-8',
      }
    );
  };
}
