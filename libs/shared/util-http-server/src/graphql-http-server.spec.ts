import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { createLogger } from '@erqi/shared/util-logging';
import { createGraphQLHttpServer, drainServer, listen } from './graphql-http-server';
import { readRequestBody, type RouteHandler } from './http-routes';

/** Routes beside /graphql answer bytes, text and JSON with their own headers; a fallback takes the rest. */
describe('createGraphQLHttpServer routes', () => {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { ok: Boolean }',
    resolvers: { Query: { ok: () => true } },
  });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]);
  let server: Server;
  let base: string;

  async function start(routes: Record<string, RouteHandler>, fallback?: RouteHandler) {
    server = createGraphQLHttpServer({
      apollo,
      context: async () => ({}),
      logger: createLogger('test', { level: 'silent' }),
      routes,
      maxBodyBytes: 64,
      ...(fallback ? { fallback } : {}),
    });
    base = `http://127.0.0.1:${await listen(server, 0)}`;
  }

  beforeAll(() => apollo.start());
  afterEach(() => drainServer(server, 100));
  afterAll(() => apollo.stop());

  it('sends a Buffer as bytes with its content type and headers', async () => {
    await start({
      '/photo': async () => ({
        status: 200,
        body: png,
        contentType: 'image/png',
        headers: { 'cache-control': 'private, max-age=60' },
      }),
    });
    const response = await fetch(`${base}/photo`);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('private, max-age=60');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(png);
  });

  it('sends an object as JSON and a string as it is', async () => {
    await start({
      '/json': async () => ({ status: 201, body: { id: 'x' } }),
      '/text': async () => ({ status: 200, body: '<p>hi</p>', contentType: 'text/html' }),
    });
    const json = await fetch(`${base}/json`);
    expect(json.status).toBe(201);
    expect(json.headers.get('content-type')).toBe('application/json');
    expect(await json.json()).toEqual({ id: 'x' });
    expect(await (await fetch(`${base}/text`)).text()).toBe('<p>hi</p>');
  });

  it('routes a path under a `/*` prefix to that route, the longest prefix first', async () => {
    await start({
      '/files/*': async (request) => ({ status: 200, body: { route: 'files', url: request.url } }),
      '/files/raw/*': async () => ({ status: 200, body: { route: 'raw' } }),
    });
    expect(await (await fetch(`${base}/files/a/b`)).json()).toEqual({
      route: 'files',
      url: '/files/a/b',
    });
    expect(await (await fetch(`${base}/files/raw/1`)).json()).toEqual({ route: 'raw' });
    expect((await fetch(`${base}/filesystem`)).status).toBe(404);
  });

  it('lets the fallback answer paths no route takes, but not /graphql', async () => {
    await start({}, async (request) => ({
      status: 200,
      body: `page for ${request.url}`,
      contentType: 'text/plain',
    }));
    expect(await (await fetch(`${base}/cells/1`)).text()).toBe('page for /cells/1');
    const graphql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(await graphql.json()).toEqual({ data: { ok: true } });
  });

  it('answers 413 when a route reads a body past the limit', async () => {
    await start({
      '/echo': async (request) => ({ status: 200, body: await readRequestBody(request, 16) }),
    });
    const small = await fetch(`${base}/echo`, { method: 'POST', body: 'twelve bytes' });
    expect(await small.text()).toBe('twelve bytes');
    const large = await fetch(`${base}/echo`, { method: 'POST', body: 'x'.repeat(100) });
    expect(large.status).toBe(413);
    expect(((await large.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]).toEqual(
      expect.objectContaining({ extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 16 } }),
    );
  });
});
