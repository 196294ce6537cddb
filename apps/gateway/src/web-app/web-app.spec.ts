import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@erqi/shared/util-logging';
import { readSupergraphSdl } from '../config';
import { type RunningGateway, startGateway } from '../gateway';
import { originsOf } from './web-app';

/** A person opening http://localhost:4000/ gets the web app, from this server only. */
describe('the gateway serves the built web app', () => {
  const directory = mkdtempSync(join(tmpdir(), 'erqi-web-'));
  const indexHtml =
    '<!doctype html><html lang="zh-CN"><script type="module" src="/assets/index-Bx7a9Qz1.js"></script></html>';
  const script = 'console.log("二七区")';
  let gateway: RunningGateway;
  let base: string;

  beforeAll(async () => {
    mkdirSync(join(directory, 'assets'));
    writeFileSync(join(directory, 'index.html'), indexHtml);
    writeFileSync(join(directory, 'assets', 'index-Bx7a9Qz1.js'), script);
    writeFileSync(join(directory, 'assets', 'logo-D0e1F2g3.svg'), '<svg/>');
    writeFileSync(join(directory, 'manifest.webmanifest'), '{"name":"二七网格"}');
    writeFileSync(join(directory, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    writeFileSync(join(directory, 'secret.txt'), 'inside');
    writeFileSync(join(tmpdir(), 'erqi-outside.txt'), 'outside');
    gateway = await startGateway(
      {
        supergraphSdl: readSupergraphSdl(),
        logger: createLogger('gateway-test', { level: 'silent' }),
        production: true,
        webApp: { directory, connectOrigins: ['http://localhost:4010'] },
      },
      0,
    );
    base = gateway.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await gateway.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers / with index.html, not cached, under a self-only content security policy', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self' http://localhost:4010");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(await response.text()).toBe(indexHtml);
  });

  it('serves hashed assets as immutable, with their content type', async () => {
    const js = await fetch(`${base}/assets/index-Bx7a9Qz1.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe(script);
    const svg = await fetch(`${base}/assets/logo-D0e1F2g3.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    const manifest = await fetch(`${base}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
  });

  it('never lets a browser keep an old service worker', async () => {
    const response = await fetch(`${base}/sw.js`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers a revalidation of an unchanged file with 304', async () => {
    const first = await fetch(`${base}/`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await fetch(`${base}/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('answers a client route (a deep link) with index.html', async () => {
    const response = await fetch(`${base}/grid-worker/cells/BGM-E01`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(indexHtml);
  });

  it('answers 404 for a missing file, and never index.html for the API paths', async () => {
    expect((await fetch(`${base}/assets/missing-AAAAAAAA.js`)).status).toBe(404);
    // /photos/<id> belongs to the photo proxy, which answers 503 here: no appeal service runs.
    const expected = {
      '/dev/seed-users': 404,
      '/photos/123': 503,
      '/app-config.json': 404,
      '/graphql/x': 404,
    };
    for (const [path, status] of Object.entries(expected)) {
      const response = await fetch(`${base}${path}`);
      expect([path, response.status]).toEqual([path, status]);
      expect(response.headers.get('content-type')).toBe('application/json');
    }
  });

  it('serves nothing outside its folder', async () => {
    for (const path of [
      '/../erqi-outside.txt',
      '/%2e%2e/erqi-outside.txt',
      '/assets/..%2f..%2ferqi-outside.txt',
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(await response.text()).not.toBe('outside');
    }
  });

  it('keeps answering /health and /graphql itself', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.headers.get('content-type')).toBe('application/json');
    const graphql = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('lets the page reach the OpenID issuer named by a URL, and nothing for an issuer that is not one', () => {
    expect(originsOf(['http://localhost:4010/oidc', 'urn:erqi', 'ftp://x'])).toEqual([
      'http://localhost:4010',
    ]);
  });
});
