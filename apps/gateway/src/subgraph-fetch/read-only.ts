import type { FetcherRequestInit } from './keep-alive-fetcher';

const APOLLO_BODY_START = '{"query":"';

/**
 * Whether a subgraph request only reads: the gateway sends each subgraph one operation, `query …`,
 * `{ … }` or `mutation …`. Anything unreadable counts as a write.
 */
export function isReadOnly(body: FetcherRequestInit['body']): boolean {
  if (typeof body !== 'string') return false;
  // Apollo writes `{"query":"…` first: read the operation's first word there without parsing the whole body.
  if (body.startsWith(APOLLO_BODY_START))
    return /^(query\b|\{)/.test(body.slice(APOLLO_BODY_START.length, APOLLO_BODY_START.length + 6));
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === 'string' && /^\s*(query\b|\{)/.test(query);
  } catch {
    return false;
  }
}
