import { Agent, request as httpRequest } from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

/** Apollo's fetch function (from @apollo/utils.fetcher, which the gateway does not name as a dependency). */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
export type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
export type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** A subgraph's answer, read whole: small JSON, so it is kept as text and parsed by each reader. */
export class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly headers: Headers;
  private used = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    headers: Headers,
    private readonly body: string,
  ) {
    this.headers = headers;
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  async text(): Promise<string> {
    this.used = true;
    return this.body;
  }

  async json(): Promise<unknown> {
    this.used = true;
    return JSON.parse(this.body) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.used = true;
    const bytes = Buffer.from(this.body, 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  /** Another reader of the same answer: its own body state and headers, the same text. */
  clone(): BufferedResponse {
    return new BufferedResponse(
      this.url,
      this.status,
      this.statusText,
      new Headers(this.headers),
      this.body,
    );
  }
}

export interface KeepAliveOptions {
  /** Connections kept open per subgraph address (and at most this many requests on the wire to it). @default 64 */
  maxSockets?: number;
  /** How long an idle connection is kept; below the subgraphs' own keep-alive timeout (65 s), so they never cut one first. @default 30_000 */
  keepAliveMs?: number;
}

/**
 * Apollo's fetch for the subgraphs over `node:http` with one keep-alive pool: connections are opened
 * once and reused, instead of the default fetch's per-request cache look-ups and stream plumbing.
 * Plain `node:http` on purpose: the tracing instrumentation sees it and passes the trace on.
 */
export function keepAliveFetcher(options: KeepAliveOptions = {}): {
  fetch: Fetcher;
  agent: Agent;
} {
  const agent = new Agent({
    keepAlive: true,
    keepAliveMsecs: 1_000,
    maxSockets: options.maxSockets ?? 64,
    maxFreeSockets: options.maxSockets ?? 64,
    timeout: options.keepAliveMs ?? 30_000,
    scheduling: 'lifo',
  });
  const fetch: Fetcher = (url, init) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const body = init?.body;
      const headers: Record<string, string | number> = { ...init?.headers };
      if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
      const outgoing = httpRequest(
        url,
        {
          method: init?.method ?? 'GET',
          headers,
          agent,
          ...(init?.signal ? { signal: init.signal as AbortSignal } : {}),
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            const answerHeaders = new Headers();
            for (const [name, value] of Object.entries(incoming.headers)) {
              if (value === undefined) continue;
              for (const one of Array.isArray(value) ? value : [value])
                answerHeaders.append(name, one);
            }
            resolve(
              new BufferedResponse(
                url,
                incoming.statusCode ?? 0,
                incoming.statusMessage ?? '',
                answerHeaders,
                Buffer.concat(chunks).toString('utf8'),
              ),
            );
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  return { fetch, agent };
}
