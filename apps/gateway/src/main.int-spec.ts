import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectOutput, startNodeProcess, stopProcess } from '@erqi/shared/util-process';
import { findFreePort } from '@erqi/shared/util-tcp-port';
import { readSupergraphSdl, SUBGRAPH_NAMES } from './config';

/** The gateway and a subgraph as real processes: how they start and how they stop. */
const exited = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => child.once('exit', (code) => resolve(code)));

describe('production refuses to start without a real key source', () => {
  it.each([
    ['the gateway', 'apps/gateway/src/main.ts'],
    ['a subgraph', 'apps/grid/src/main.ts'],
  ])(
    '%s exits at start, saying what to set',
    async (_, entry) => {
      const child = startNodeProcess(
        entry,
        { NODE_ENV: 'production', PORT: String(await findFreePort()), LOG_FORMAT: 'json' },
        { quiet: true },
      );
      const output = collectOutput(child);
      expect(await exited(child)).toBe(1);
      expect(output()).toContain('NODE_ENV=production needs a real key source: set AUTH_JWKS_URL');
    },
    30_000,
  );
});

describe('SIGTERM drains the gateway', () => {
  let subgraph: Server;
  let asked: () => void = () => undefined;

  beforeAll(async () => {
    // Every subgraph: answers after 1.5 s, as a slow query would.
    subgraph = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        asked();
        setTimeout(() => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ data: { appealCategories: [{ code: 'SURROUNDINGS' }] } }));
        }, 1500);
      });
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => subgraph.close(() => resolve())));

  it('lets a slow request in flight when the signal arrives finish with 200, then exits 0', async () => {
    expect(readSupergraphSdl()).toContain('appealCategories');
    const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    const port = await findFreePort();
    const gateway = startNodeProcess(
      'apps/gateway/src/main.ts',
      {
        PORT: String(port),
        ...Object.fromEntries(
          SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_SUBGRAPH_URL`, url]),
        ),
      },
      { quiet: true },
    );
    const output = collectOutput(gateway);
    const gatewayUrl = `http://127.0.0.1:${port}/graphql`;
    try {
      const post = (query: string) =>
        fetch(gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
      for (let tries = 0; ; tries += 1) {
        const ready = await post('{ __typename }').catch(() => undefined);
        if (ready?.status === 200) break;
        if (tries > 150) throw new Error(`the gateway did not start:\n${output()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const reached = new Promise<void>((resolve) => {
        asked = resolve;
      });
      const inFlight = post('{ appealCategories { code } }');
      await reached;
      const exit = exited(gateway);
      gateway.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        data: { appealCategories: [{ code: 'SURROUNDINGS' }] },
      });
      expect(await exit).toBe(0);
      await expect(post('{ __typename }')).rejects.toThrow();
    } finally {
      await stopProcess(gateway);
    }
  }, 60_000);
});
