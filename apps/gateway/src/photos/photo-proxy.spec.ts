import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PHOTO_MAX_BYTES } from '@erqi/appeal/util-contract';
import { createLogger } from '@erqi/shared/util-logging';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { readSupergraphSdl, subgraphsOf } from '../config';
import { type RunningGateway, startGateway } from '../gateway';

const quiet = createLogger('photo-proxy-test', { level: 'silent' });
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);

/** Stands in for the appeal subgraph's `/photos`: records what reaches it, answers as it would. */
async function startFakeAppeal(): Promise<{
  url: string;
  seen: Array<{ method: string; path: string; headers: IncomingHttpHeaders; bytes: number }>;
  stop: () => Promise<void>;
}> {
  const seen: Array<{ method: string; path: string; headers: IncomingHttpHeaders; bytes: number }> =
    [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const bytes = Buffer.concat(chunks).length;
      seen.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        bytes,
      });
      if (request.method === 'POST') {
        response.writeHead(201, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ id: 'p1', contentType: 'image/jpeg', bytes }));
        return;
      }
      response.writeHead(200, {
        'content-type': 'image/jpeg',
        'cache-control': 'private, no-cache',
        etag: '"p1"',
        'set-cookie': 'internal=1',
      });
      response.end(PHOTO);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    seen,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('the gateway’s /photos', () => {
  let appeal: Awaited<ReturnType<typeof startFakeAppeal>>;
  let gateway: RunningGateway;
  let photosUrl: string;
  let worker: Record<string, string>;

  const start = (appealUrl: string): Promise<RunningGateway> => {
    const supergraphSdl = readSupergraphSdl();
    const subgraphUrls = Object.fromEntries(
      subgraphsOf(supergraphSdl).map(({ name }) => [name, appealUrl]),
    );
    return startGateway({ supergraphSdl, subgraphUrls, logger: quiet, production: true }, 0);
  };

  beforeAll(async () => {
    worker = await authHeaderFor(seedUser('GRID_WORKER'));
    appeal = await startFakeAppeal();
    gateway = await start(appeal.url);
    photosUrl = gateway.url.replace(/\/graphql$/, '/photos');
  });

  afterAll(async () => {
    await gateway.stop();
    await appeal.stop();
  });

  it('passes an upload on to the appeal subgraph with the caller’s token and its own, and answers what it answers', async () => {
    const response = await fetch(photosUrl, {
      method: 'POST',
      headers: { ...worker, 'content-type': 'image/jpeg' },
      body: PHOTO,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: 'p1', contentType: 'image/jpeg', bytes: 8 });
    const forwarded = appeal.seen.at(-1);
    expect(forwarded).toMatchObject({ method: 'POST', path: '/photos', bytes: 8 });
    expect(forwarded?.headers.authorization).toBe(worker['authorization']);
    expect(forwarded?.headers['content-type']).toBe('image/jpeg');
    expect(forwarded?.headers['x-service-authorization']).toMatch(/^Bearer /);
    expect(forwarded?.headers['x-request-id']).toBe(response.headers.get('x-request-id'));
  });

  it('gives back the bytes with their type and caching headers, and nothing it need not', async () => {
    const response = await fetch(`${photosUrl}/p1`, { headers: worker });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(response.headers.get('etag')).toBe('"p1"');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).equals(PHOTO)).toBe(true);
  });

  it('refuses a photo over 3 MB itself (413 naming the limit), and a forged token (401), sending nothing on', async () => {
    const before = appeal.seen.length;
    const tooLarge = await fetch(photosUrl, {
      method: 'POST',
      headers: { ...worker, 'content-type': 'image/jpeg' },
      body: Buffer.alloc(PHOTO_MAX_BYTES + 1),
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: PHOTO_MAX_BYTES } }],
    });
    const forged = await fetch(photosUrl, {
      method: 'POST',
      headers: { authorization: 'Bearer not.a.token', 'content-type': 'image/jpeg' },
      body: PHOTO,
    });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(appeal.seen.length).toBe(before);
  });

  it('says 503 SERVICE_UNAVAILABLE when the appeal subgraph does not answer', async () => {
    const orphan = await start('http://127.0.0.1:9/graphql');
    try {
      const response = await fetch(orphan.url.replace(/\/graphql$/, '/photos/p1'), {
        headers: worker,
      });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'appeal' } }],
      });
    } finally {
      await orphan.stop();
    }
  });
});
