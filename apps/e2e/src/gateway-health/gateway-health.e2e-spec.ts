import { findFreePort } from '@erqi/shared/util-tcp-port';
import { startExtraGateway } from '@erqi/shared/feature-local-system';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { systemAddresses } from '../support/system-file';

/** Operators and developers: health answers, and the explorer works with no internet. */
describe('gateway health and explorer', () => {
  const system = systemAddresses();
  const base = system.gatewayUrl.replace(/\/graphql$/, '');

  it('is ready when every subgraph is', async () => {
    const response = await fetch(`${base}/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      subgraphs: Array<{ name: string; healthy: boolean }>;
    };
    expect(body.subgraphs.map((subgraph) => subgraph.name).sort()).toEqual([
      'appeal',
      'enterprise',
      'grid',
      'volunteer',
    ]);
  });

  it('is not ready, naming the subgraph, when one does not answer, and stays alive at /health', async () => {
    const deadPort = await findFreePort();
    const gateway = await startExtraGateway({
      ...system.subgraphUrls,
      volunteer: `http://127.0.0.1:${deadPort}/graphql`,
    });
    try {
      const alive = await fetch(`${gateway.url}/health`);
      expect(alive.status).toBe(200);
      const response = await fetch(`${gateway.url}/ready`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as {
        subgraphs: Array<{ name: string; healthy: boolean }>;
      };
      expect(
        body.subgraphs.filter((subgraph) => !subgraph.healthy).map((subgraph) => subgraph.name),
      ).toEqual(['volunteer']);
    } finally {
      await gateway.stop();
    }
  });

  it('serves the explorer and every asset it loads from this server', async () => {
    const page = await fetch(`${base}/explorer`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBe(4);
    for (const asset of assets) {
      expect(asset.startsWith('/explorer/')).toBe(true);
      const response = await fetch(`${base}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(1000);
    }
  });

  it('sends a browser that opens /graphql to the explorer', async () => {
    const response = await fetch(system.gatewayUrl, {
      headers: { accept: 'text/html' },
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/explorer');
  });

  it('accepts a valid token and refuses a forged or expired one with 401 UNAUTHENTICATED', async () => {
    const valid = await authHeaderFor(seedUser('SUPERVISOR'));
    const ok = await postGraphQL(system.gatewayUrl, '{ appealCategories { code } }', {}, valid);
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();

    const [header = '', payload = '', signature = ''] = (valid['authorization'] ?? '')
      .replace('Bearer ', '')
      .split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'ADMIN' })).toString('base64url')}.${signature}`;
    const expired = await authHeaderFor(seedUser('SUPERVISOR'), { expiresIn: '-1m' });
    for (const authorization of [
      `Bearer ${tampered}`,
      expired['authorization'] ?? '',
      'Basic abc',
    ]) {
      const refused = await postGraphQL(
        system.gatewayUrl,
        '{ appealCategories { code } }',
        {},
        { authorization },
      );
      expect(refused.status).toBe(401);
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  it('has each subgraph check the token itself rather than trust the gateway', async () => {
    const forged = 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6IkFETUlOIn0.';
    for (const url of Object.values(system.subgraphUrls)) {
      const refused = await postGraphQL(url, '{ __typename }', {}, { authorization: forged });
      expect(refused.status).toBe(401);
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  it('counts operations and errors by code at /metrics', async () => {
    await postGraphQL(
      system.gatewayUrl,
      '{ gridCell(id: "00000000-0000-4000-8000-000000000000") { code } }',
    );
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(Number(/^graphql_operations_total (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
    expect(text).toMatch(/^graphql_errors_total\{code="NOT_FOUND"\} [1-9]\d*$/m);
  });
});
