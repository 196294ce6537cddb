import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@erqi/shared/util-logging';
import { keepAliveFetcher } from '../subgraph-fetch/keep-alive-fetcher';
import { isReadOnly } from '../subgraph-fetch/read-only';
import { replicaFetcher } from './replica-fetcher';
import { ReplicaPool } from './replica-pool';

const quiet = createLogger('replicas-test', { level: 'silent' });

interface FakeReplica {
  url: string;
  /** GraphQL requests it received. */
  received: number;
  healthy: boolean;
  /** Cut every GraphQL connection after reading the request, with no answer: a crash mid-request. */
  crashMidRequest: boolean;
  close(): Promise<void>;
}

/** A subgraph replica over real HTTP: `/ready` and a `/graphql` that answers with its own port. */
async function fakeReplica(): Promise<FakeReplica> {
  const replica: FakeReplica = {
    url: '',
    received: 0,
    healthy: true,
    crashMidRequest: false,
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((request, response) => {
    if (request.url === '/ready') {
      response.writeHead(replica.healthy ? 200 : 503).end();
      return;
    }
    request.resume();
    request.on('end', () => {
      replica.received += 1;
      if (replica.crashMidRequest) {
        request.socket.destroy();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: { from: replica.url } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  replica.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  replica.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return replica;
}

const QUERY = JSON.stringify({ query: 'query Cells__grid__0 { gridCells { nodes { id } } }' });
const MUTATION = JSON.stringify({ query: 'mutation Submit__appeal__0 { submitAppeal { id } }' });

async function send(fetcher: ReturnType<typeof replicaFetcher>, body: string): Promise<string> {
  const response = await fetcher('http://ignored/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return ((await response.json()) as { data: { from: string } }).data.from;
}

describe('a subgraph with replicas behind the gateway', () => {
  let first: FakeReplica;
  let second: FakeReplica;
  let pool: ReplicaPool;

  beforeEach(async () => {
    first = await fakeReplica();
    second = await fakeReplica();
    pool = new ReplicaPool({ name: 'appeal', urls: [first.url, second.url], logger: quiet });
  });
  afterEach(async () => {
    await pool.stop();
    await Promise.all([first.close(), second.close()]);
  });

  it('takes the replicas in turn', async () => {
    const fetcher = replicaFetcher(pool, keepAliveFetcher().fetch);
    const answered = [];
    for (let index = 0; index < 4; index += 1) answered.push(await send(fetcher, QUERY));
    expect(answered).toEqual([first.url, second.url, first.url, second.url]);
  });

  it('sends nothing more to a replica whose /ready fails (its database gone), and takes it back when it answers again', async () => {
    const fetcher = replicaFetcher(pool, keepAliveFetcher().fetch);
    first.healthy = false;
    await pool.probeAll();
    const answered = new Set<string>();
    for (let index = 0; index < 4; index += 1) answered.add(await send(fetcher, QUERY));
    expect([...answered]).toEqual([second.url]);
    first.healthy = true;
    await pool.probeAll();
    for (let index = 0; index < 2; index += 1) answered.add(await send(fetcher, QUERY));
    expect(answered).toEqual(new Set([first.url, second.url]));
  });

  it('answers a query and a mutation from the other replica when one is gone (refused connections), and marks it down', async () => {
    const fetcher = replicaFetcher(pool, keepAliveFetcher().fetch);
    await first.close();
    expect(await send(fetcher, QUERY)).toBe(second.url);
    // Nothing reached the closed replica, so even a mutation is safe to send to the other one.
    expect(await send(fetcher, MUTATION)).toBe(second.url);
    expect(pool.status().find((replica) => replica.url === first.url)?.up).toBe(false);
  });

  it('retries a query cut mid-request on the other replica, but never a mutation that may have been applied', async () => {
    const fetcher = replicaFetcher(pool, keepAliveFetcher().fetch);
    // Only `first` is up, so each request goes there first; it reads the request and drops the connection.
    first.crashMidRequest = true;
    second.healthy = false;
    await pool.probeAll();
    await expect(send(fetcher, MUTATION)).rejects.toThrow();
    expect({ first: first.received, second: second.received }).toEqual({ first: 1, second: 0 });

    await pool.probeAll();
    expect(await send(fetcher, QUERY)).toBe(second.url);
    expect({ first: first.received, second: second.received }).toEqual({ first: 2, second: 1 });
  });

  it('tells reads from writes by the operation the gateway sends', () => {
    expect(isReadOnly(QUERY)).toBe(true);
    expect(isReadOnly(JSON.stringify({ query: '{ _entities { id } }' }))).toBe(true);
    expect(isReadOnly(MUTATION)).toBe(false);
    expect(isReadOnly('not json')).toBe(false);
  });
});
