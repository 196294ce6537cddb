import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inFlightKey, mergeInFlight } from './in-flight-fetches';
import { keepAliveFetcher } from './keep-alive-fetcher';

/**
 * A subgraph over real HTTP that holds every answer until released, and answers with who asked
 * (the Authorization header) and what (the body), so a merged answer shows whose it was.
 */
async function slowSubgraph(): Promise<{
  url: string;
  received: () => number;
  release: () => void;
  close: () => Promise<void>;
}> {
  let received = 0;
  const waiting: Array<() => void> = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received += 1;
      waiting.push(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            data: {
              asker: request.headers.authorization ?? null,
              body: Buffer.concat(chunks).toString('utf8'),
            },
          }),
        );
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received: () => received,
    release: () => waiting.splice(0).forEach((answer) => answer()),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const READ = JSON.stringify({ query: 'query Cells__grid__0 { gridCells { nodes { code } } }' });
const OTHER_READ = JSON.stringify({
  query: 'query Cells__grid__0 { gridCells { nodes { name } } }',
});
const WRITE = JSON.stringify({ query: 'mutation Submit__appeal__0 { submitAppeal { id } }' });

const asCaller = (token: string | undefined, body: string, requestId = 'r') => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    'x-request-id': requestId,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  },
  body,
});

/** Waits until the subgraph has `count` requests waiting (they arrive over real sockets). */
async function untilReceived(subgraph: { received: () => number }, count: number): Promise<void> {
  for (let tries = 0; subgraph.received() < count && tries < 200; tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('merging identical subgraph reads in flight', () => {
  let subgraph: Awaited<ReturnType<typeof slowSubgraph>>;
  const connections = keepAliveFetcher();

  beforeEach(async () => {
    subgraph = await slowSubgraph();
  });
  afterEach(() => subgraph.close());
  afterAll(() => connections.agent.destroy());

  it('sends one fetch for the same caller asking the same question at once, and each gets its own copy', async () => {
    const { fetch, counts } = mergeInFlight(connections.fetch);
    const answers = [1, 2, 3].map((n) =>
      fetch(subgraph.url, asCaller('alice', READ, `request-${n}`)),
    );
    await untilReceived(subgraph, 1);
    subgraph.release();
    const bodies = await Promise.all(answers.map(async (answer) => (await answer).json()));
    expect(subgraph.received()).toBe(1);
    expect(counts).toEqual({ sent: 1, merged: 2 });
    expect(bodies).toEqual([1, 2, 3].map(() => ({ data: { asker: 'Bearer alice', body: READ } })));
    // Copies, not one object shared between requests that Apollo then fills in.
    expect(bodies[0]).not.toBe(bodies[1]);
  });

  it('never gives one caller the answer fetched for another, nor for anonymous callers', async () => {
    const { fetch } = mergeInFlight(connections.fetch);
    const answers = [
      fetch(subgraph.url, asCaller('alice', READ)),
      fetch(subgraph.url, asCaller('bob', READ)),
      fetch(subgraph.url, asCaller(undefined, READ)),
    ];
    await untilReceived(subgraph, 3);
    subgraph.release();
    const askers = await Promise.all(
      answers.map(
        async (answer) =>
          ((await (await answer).json()) as { data: { asker: unknown } }).data.asker,
      ),
    );
    expect(subgraph.received()).toBe(3);
    expect(askers).toEqual(['Bearer alice', 'Bearer bob', null]);
  });

  it('sends different questions of one caller apart, and every mutation on its own', async () => {
    const { fetch, counts } = mergeInFlight(connections.fetch);
    const answers = [
      fetch(subgraph.url, asCaller('alice', READ)),
      fetch(subgraph.url, asCaller('alice', OTHER_READ)),
      fetch(subgraph.url, asCaller('alice', WRITE)),
      fetch(subgraph.url, asCaller('alice', WRITE)),
    ];
    await untilReceived(subgraph, 4);
    subgraph.release();
    await Promise.all(answers);
    expect(subgraph.received()).toBe(4);
    expect(counts).toEqual({ sent: 4, merged: 0 });
  });

  it('keeps nothing once the answer is in: the same question asked later is fetched again', async () => {
    const { fetch } = mergeInFlight(connections.fetch);
    const first = fetch(subgraph.url, asCaller('alice', READ));
    await untilReceived(subgraph, 1);
    subgraph.release();
    await first;
    const second = fetch(subgraph.url, asCaller('alice', READ));
    await untilReceived(subgraph, 2);
    subgraph.release();
    await second;
    expect(subgraph.received()).toBe(2);
  });

  it('keys on every header but the request id and the trace context', () => {
    const base = asCaller('alice', READ, 'one');
    expect(inFlightKey('http://grid/graphql', base)).toBe(
      inFlightKey('http://grid/graphql', {
        ...base,
        headers: { ...base.headers, 'x-request-id': 'two', traceparent: '00-abc-def-01' },
      }),
    );
    expect(inFlightKey('http://grid/graphql', base)).not.toBe(
      inFlightKey('http://grid/graphql', {
        ...base,
        headers: { ...base.headers, 'x-service-authorization': 'Bearer other-service' },
      }),
    );
    expect(inFlightKey('http://grid/graphql', base)).not.toBe(
      inFlightKey('http://appeal/graphql', base),
    );
  });
});
