import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHealthRoute, createLivenessRoute } from './health';

/** A subgraph's `/health` over real HTTP, answering `body`. */
async function fakeSubgraph(body: unknown): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/graphql` };
}

describe("the gateway's /ready and /health", () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((server) => new Promise((done) => server.close(done)))));

  it("repeats a subgraph's warnings, naming it, and stays healthy", async () => {
    const warning = {
      code: 'WORKING_CALENDAR_ENDING',
      message: 'The working calendar knows holidays until 2026-12-31 (30 days left)',
      daysLeft: 30,
    };
    const appeal = await fakeSubgraph({ status: 'ok', service: 'appeal', warnings: [warning] });
    const grid = await fakeSubgraph({ status: 'ok', service: 'grid' });
    servers.push(appeal.server, grid.server);
    const route = createHealthRoute({
      subgraphs: [
        { name: 'appeal', url: appeal.url },
        { name: 'grid', url: grid.url },
      ],
      isGatewayReady: () => true,
    });
    const answer = await route({} as IncomingMessage);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: 'ok',
      gateway: 'ready',
      subgraphs: [
        { name: 'appeal', healthy: true, detail: 'ok' },
        { name: 'grid', healthy: true, detail: 'ok' },
      ],
      warnings: [{ subgraph: 'appeal', ...warning }],
    });
  });

  it('is not ready, naming the subgraph, when one does not answer, and stays alive at /health', async () => {
    const grid = await fakeSubgraph({ status: 'ok', service: 'grid' });
    servers.push(grid.server);
    const dead = await fakeSubgraph({});
    await new Promise((done) => dead.server.close(done));
    const subgraphs = [
      { name: 'grid', url: grid.url },
      { name: 'volunteer', url: dead.url },
    ];
    const ready = await createHealthRoute({ subgraphs, isGatewayReady: () => true })(
      {} as IncomingMessage,
    );
    expect(ready.status).toBe(503);
    expect(
      (ready.body as { subgraphs: Array<{ name: string; healthy: boolean }> }).subgraphs
        .filter((subgraph) => !subgraph.healthy)
        .map((subgraph) => subgraph.name),
    ).toEqual(['volunteer']);
    const alive = await createLivenessRoute({ isGatewayReady: () => true })({} as IncomingMessage);
    expect(alive).toEqual({ status: 200, body: { status: 'ok', gateway: 'ready' } });
  });

  it("asks a subgraph's /ready, and its /health when it has none (a release from before /ready)", async () => {
    const asked: string[] = [];
    const server = createServer((request, response) => {
      asked.push(request.url ?? '');
      response.writeHead(request.url === '/ready' ? 404 : 200, {
        'content-type': 'application/json',
      });
      response.end(JSON.stringify({ status: 'ok' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    const route = createHealthRoute({
      subgraphs: [{ name: 'grid', url: `http://127.0.0.1:${port}/graphql` }],
      isGatewayReady: () => true,
    });
    expect((await route({} as IncomingMessage)).status).toBe(200);
    expect(asked).toEqual(['/ready', '/health']);
  });
});
