import type { Fetcher } from '../subgraph-fetch/keep-alive-fetcher';
import { isReadOnly } from '../subgraph-fetch/read-only';
import type { ReplicaPool } from './replica-pool';

/** Errors that mean no connection was made: the replica never saw the request, so any request may go elsewhere. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The system error codes along an error's causes (undici wraps them: `fetch failed` ← cause ← errors). */
function codesOf(error: unknown, depth = 0): string[] {
  if (depth > 4 || typeof error !== 'object' || error === null) return [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  return [
    ...(typeof code === 'string' ? [code] : []),
    ...codesOf(cause, depth + 1),
    ...(Array.isArray(errors) ? errors.flatMap((inner) => codesOf(inner, depth + 1)) : []),
  ];
}

/** Whether the request never left for the replica (refused, unreachable): safe to send anywhere else. */
export function neverConnected(error: unknown): boolean {
  const codes = codesOf(error);
  return codes.length > 0 && codes.every((code) => NOT_CONNECTED.has(code));
}

/**
 * Apollo's `fetcher` for a subgraph with replicas: the URL Apollo passes is ignored; each request goes
 * to the pool's next replica up. A replica that cannot be reached is marked down, and the request is
 * sent to another one when that is safe: always when no connection was made, and for a query whatever
 * the failure. A mutation whose connection broke mid-way may have been applied, so its error reaches
 * the caller, who decides (a retried submission would file a second appeal).
 */
export function replicaFetcher(pool: ReplicaPool, send: Fetcher): Fetcher {
  return async (_url, init) => {
    const tried = new Set<string>();
    for (;;) {
      const url = pool.pick(tried);
      if (url === undefined) throw new Error(`no replica of ${pool.name} left to try`);
      tried.add(url);
      try {
        return await send(url, init);
      } catch (error) {
        const aborted = error instanceof Error && error.name === 'AbortError';
        if (aborted) throw error;
        pool.markDown(
          url,
          error instanceof Error ? String(error.cause ?? error.message) : String(error),
        );
        const another = tried.size < pool.urls.length;
        if (!another || !(neverConnected(error) || isReadOnly(init?.body))) throw error;
      }
    }
  };
}
