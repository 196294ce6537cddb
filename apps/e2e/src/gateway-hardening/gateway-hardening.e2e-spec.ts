import { findFreePort } from '@erqi/shared/util-tcp-port';
import { startExtraGateway } from '@erqi/shared/feature-local-system';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { systemAddresses, totalSqlStatements } from '../support/system-file';

/** Abuse the gateway turns away at the door: nothing of it reaches a subgraph. */
describe('gateway hardening', () => {
  const system = systemAddresses();
  const codes = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }): unknown[] =>
    (body.errors ?? []).map((error) => error.extensions?.['code']);

  it('refuses an alias bomb with 400 TOO_MANY_ALIASES, and no subgraph runs a statement', async () => {
    const before = await totalSqlStatements(system);
    const bomb = `{ ${Array.from({ length: 500 }, (_, index) => `c${index}: gridCells(first: 100) { nodes { code } }`).join(' ')} }`;
    const answer = await postGraphQL(
      system.gatewayUrl,
      bomb,
      {},
      await authHeaderFor(seedUser('SUPERVISOR')),
    );
    expect(answer.status).toBe(400);
    expect(codes(answer.body)).toContain('TOO_MANY_ALIASES');
    const refusal = answer.body.errors?.find(
      (error) => error.extensions?.['code'] === 'TOO_MANY_ALIASES',
    );
    expect(refusal?.extensions).toMatchObject({ measured: 500, limit: 30 });
    expect(refusal?.message).toContain('500 aliases');
    expect(await totalSqlStatements(system)).toBe(before);
  });

  it('refuses a deep query with 400 QUERY_TOO_DEEP, and no subgraph runs a statement', async () => {
    const before = await totalSqlStatements(system);
    const nested = 'enterprises(first: 1) { gridCell { '.repeat(10);
    const deep = `{ gridCells(first: 1) { nodes { ${nested}code${' } }'.repeat(10)} } } }`;
    const answer = await postGraphQL(system.gatewayUrl, deep);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('23 levels deep'),
        extensions: { code: 'QUERY_TOO_DEEP', measured: 23, limit: 10 },
      }),
    ]);
    expect(await totalSqlStatements(system)).toBe(before);
  });

  it('refuses nested pages that could cost too much with 400 QUERY_TOO_COSTLY', async () => {
    const before = await totalSqlStatements(system);
    const answer = await postGraphQL(
      system.gatewayUrl,
      '{ gridCells(first: 100) { nodes { enterprises(first: 100) { appeals(first: 100) { timeline { toStatus } } } } } }',
    );
    expect(answer.status).toBe(400);
    expect(codes(answer.body)).toEqual(['QUERY_TOO_COSTLY']);
    expect(await totalSqlStatements(system)).toBe(before);
  });

  it('still answers the cross-subgraph overview', async () => {
    const overview =
      '{ gridCells(kind: ENTERPRISE_EXCLUSIVE) { nodes { code enterprises { name appeals { title } } volunteerTeams { name } } } }';
    const answer = await postGraphQL(
      system.gatewayUrl,
      overview,
      {},
      await authHeaderFor(seedUser('SUPERVISOR')),
    );
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('refuses a body over 100 kB with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(150_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than 100000 bytes',
          extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 100_000 },
        },
      ],
    });
  });

  it('refuses introspection in production with INTROSPECTION_DISABLED, and keeps __typename', async () => {
    const refused = await postGraphQL(system.gatewayUrl, '{ __schema { types { name } } }');
    expect(refused.status).toBe(400);
    expect(codes(refused.body)).toEqual(['INTROSPECTION_DISABLED']);
    expect(refused.body.errors?.[0]?.message).toContain('Introspection (__schema) is turned off');
    const typename = await postGraphQL(system.gatewayUrl, '{ __typename }');
    expect(typename.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('shows no stack trace or subgraph internals when a subgraph cannot be reached', async () => {
    const gateway = await startExtraGateway({
      ...system.subgraphUrls,
      appeal: `http://127.0.0.1:${await findFreePort()}/graphql`,
    });
    try {
      const answer = await postGraphQL(`${gateway.url}/graphql`, '{ appealCategories { code } }');
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      const text = JSON.stringify(answer.body);
      expect(text).not.toMatch(/stacktrace|127\.0\.0\.1|ECONNREFUSED|node:internal/);
    } finally {
      await gateway.stop();
    }
  });

  it('refuses a GET without a preflight header (CSRF) and takes a JSON POST', async () => {
    const query = encodeURIComponent('{ appealCategories { code } }');
    const get = await fetch(`${system.gatewayUrl}?query=${query}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toContain('Cross-Site Request Forgery');
    const simple = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simple.status).toBe(400);
    const json = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ appealCategories { code } }' }),
    });
    expect(json.status).toBe(200);
    // The explorer sends `apollo-require-preflight`, so its GETs go through.
    expect(
      (
        await fetch(`${system.gatewayUrl}?query=${query}`, {
          headers: { 'apollo-require-preflight': 'true' },
        })
      ).status,
    ).toBe(200);
  });

  it('answers 429 RATE_LIMITED with Retry-After once a caller has used its burst, per token subject', async () => {
    const gateway = await startExtraGateway(system.subgraphUrls, {
      env: { GATEWAY_RATE_LIMIT_PER_SECOND: '0.2', GATEWAY_RATE_LIMIT_BURST: '3' },
    });
    try {
      const url = `${gateway.url}/graphql`;
      const supervisor = await authHeaderFor(seedUser('SUPERVISOR'));
      for (let i = 0; i < 3; i += 1)
        expect(
          (await postGraphQL(url, '{ appealCategories { code } }', {}, supervisor)).status,
        ).toBe(200);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...supervisor },
        body: JSON.stringify({ query: '{ appealCategories { code } }' }),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await response.json()) as {
        errors: Array<{ message: string; extensions: Record<string, unknown> }>;
      };
      expect(body.errors[0]?.extensions['code']).toBe('RATE_LIMITED');
      expect(body.errors[0]?.message).toMatch(
        /^Too many requests: each caller may send 0\.2 operations a second \(bursts of 3\)\. Try again in \d+ s\.$/,
      );
      // Another caller has its own bucket.
      const other = await postGraphQL(
        url,
        '{ appealCategories { code } }',
        {},
        await authHeaderFor(seedUser('GRID_WORKER')),
      );
      expect(other.status).toBe(200);
    } finally {
      await gateway.stop();
    }
  });
});
