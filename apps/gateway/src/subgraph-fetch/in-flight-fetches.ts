import { REQUEST_ID_HEADER } from '@erqi/shared/util-http-server';
import { isReadOnly } from './read-only';
import type { Fetcher, FetcherRequestInit, FetcherResponse } from './keep-alive-fetcher';

/**
 * Headers that differ on every request without changing the answer: the request id and the trace
 * context (W3C). Every other header — the caller's `Authorization` above all — is part of the key.
 */
const PER_REQUEST_HEADERS = new Set([REQUEST_ID_HEADER, 'traceparent', 'tracestate', 'baggage']);

/**
 * What makes two subgraph fetches the same question: the address, the method, every header that can
 * change the answer (the caller's token and the gateway's service token included) and the body
 * (operation and variables). Two callers never share a key unless they send the same token.
 */
export function inFlightKey(url: string, init: FetcherRequestInit | undefined): string {
  const headers = Object.entries(init?.headers ?? {})
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => !PER_REQUEST_HEADERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}:${value}`)
    .join('\n');
  const body = typeof init?.body === 'string' ? init.body : (init?.body?.toString('utf8') ?? '');
  return `${init?.method ?? 'GET'} ${url}\n${headers}\n\n${body}`;
}

export interface InFlightCounts {
  /** Fetches sent to a subgraph. */
  sent: number;
  /** Fetches answered by one already on its way (the same question, asked while it was in flight). */
  merged: number;
}

/**
 * Merges identical subgraph reads while one is in flight: the second caller of the same question (same
 * caller, same operation and variables) waits for the first fetch's answer instead of sending its own,
 * and each gets its own copy. Only while in flight — nothing is kept once the answer is in, so this is
 * no response cache — and never for a mutation, which must run once per request.
 */
export function mergeInFlight(
  fetch: Fetcher,
  onFetch?: (outcome: keyof InFlightCounts) => void,
): { fetch: Fetcher; counts: InFlightCounts } {
  const inFlight = new Map<string, Promise<FetcherResponse>>();
  const counts: InFlightCounts = { sent: 0, merged: 0 };
  const count = (outcome: keyof InFlightCounts): void => {
    counts[outcome] += 1;
    onFetch?.(outcome);
  };
  const merged: Fetcher = async (url, init) => {
    if (init?.signal || !isReadOnly(init?.body)) {
      count('sent');
      return fetch(url, init);
    }
    const key = inFlightKey(url, init);
    const pending = inFlight.get(key);
    if (pending) {
      count('merged');
      return (await pending).clone();
    }
    count('sent');
    const fetched = fetch(url, init);
    inFlight.set(key, fetched);
    try {
      // The first asker reads a copy too: the shared answer stays unread for the others.
      return (await fetched).clone();
    } finally {
      inFlight.delete(key);
    }
  };
  return { fetch: merged, counts };
}
