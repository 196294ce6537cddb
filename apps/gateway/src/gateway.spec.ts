import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@erqi/shared/util-logging';
import { getIntrospectionQuery } from 'graphql';
import { generateKeyPair, SignJWT } from 'jose';
import { readSupergraphSdl, subgraphsOf } from './config';
import { type GatewayOptions, type RunningGateway, startGateway } from './gateway';

const quiet = createLogger('gateway-test', { level: 'silent' });

/** Stands in for every subgraph: counts what reaches it and fails, as an unexpected error would. */
async function startFakeSubgraph(): Promise<{
  url: string;
  requests: () => number;
  requestIds: string[];
  stop: () => Promise<void>;
}> {
  let requests = 0;
  const requestIds: string[] = [];
  const server: Server = createServer((request, response) => {
    const requestId = request.headers['x-request-id'];
    if (typeof requestId === 'string') requestIds.push(requestId);
    request.resume();
    request.on('end', () => {
      if (request.url?.startsWith('/health')) {
        response.end('ok');
        return;
      }
      requests += 1;
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('database exploded at /srv/secret/path.ts:42');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    requests: () => requests,
    requestIds,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

async function post(
  url: string,
  query: string,
  headers: Record<string, string> = {},
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer['body'],
  };
}

// gridCell, then 6 × (enterprises > gridCell), then code: 14 levels.
const deepQuery = `{ gridCell(id: "x") { ${'enterprises(first: 1) { gridCell { '.repeat(6)}code${' } }'.repeat(6)} } }`;
const aliasBomb = `{ ${Array.from({ length: 200 }, (_, index) => `a${index}: appealCategories { code }`).join(' ')} }`;

describe('gateway hardening (in process, production mode)', () => {
  let subgraph: Awaited<ReturnType<typeof startFakeSubgraph>>;
  let gateway: RunningGateway;
  let now = 0;

  const start = (options: Partial<GatewayOptions> = {}): Promise<RunningGateway> => {
    const supergraphSdl = readSupergraphSdl();
    const subgraphUrls = Object.fromEntries(
      subgraphsOf(supergraphSdl).map(({ name }) => [name, subgraph.url]),
    );
    return startGateway(
      { supergraphSdl, subgraphUrls, logger: quiet, production: true, now: () => now, ...options },
      0,
    );
  };

  beforeAll(async () => {
    subgraph = await startFakeSubgraph();
    gateway = await start({ rateLimit: { perSecond: 1000, burst: 1000 }, maxBodyBytes: 10_000 });
  });

  afterAll(async () => {
    await gateway.stop();
    await subgraph.stop();
  });

  it('refuses a deep query with 400 QUERY_TOO_DEEP before any subgraph sees it', async () => {
    const answer = await post(gateway.url, deepQuery);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toEqual({
      message: expect.stringContaining('14 levels deep; this API accepts at most 10'),
      locations: expect.any(Array),
      extensions: { code: 'QUERY_TOO_DEEP', measured: 14, limit: 10 },
    });
    expect(subgraph.requests()).toBe(0);
  });

  it('refuses an alias bomb with 400 TOO_MANY_ALIASES', async () => {
    const answer = await post(gateway.url, aliasBomb);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.extensions?.['code'])).toContain(
      'TOO_MANY_ALIASES',
    );
    expect(
      answer.body.errors?.find((error) => error.extensions?.['code'] === 'TOO_MANY_ALIASES')
        ?.extensions,
    ).toMatchObject({ measured: 200, limit: 30 });
    expect(subgraph.requests()).toBe(0);
  });

  it('refuses nested lists that could cost too much with 400 QUERY_TOO_COSTLY', async () => {
    const answer = await post(
      gateway.url,
      '{ gridCells(first: 100) { nodes { enterprises(first: 100) { appeals(first: 100) { timeline { toStatus } } } } } }',
    );
    expect(answer.status).toBe(400);
    // 100 cells × 100 enterprises × 100 appeals × 20 timeline steps
    expect(answer.body.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COSTLY',
      measured: 21_010_201,
      limit: 2_000_000,
    });
    expect(subgraph.requests()).toBe(0);
  });

  it('refuses the same nested lists given as variables: `first: $n` counts at the request’s value (attack 2)', async () => {
    const answer = await post(
      gateway.url,
      'query($n: Int!) { gridCells(first: $n) { nodes { enterprises(first: $n) { appeals(first: $n) { timeline { toStatus } } } } } }',
      {},
      { n: 100 },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COSTLY',
      measured: 21_010_201,
      limit: 2_000_000,
    });
    expect(subgraph.requests()).toBe(0);
  });

  it('hides field suggestions in production', async () => {
    const answer = await post(gateway.url, '{ gridCels { totalCount } }');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toBe('Cannot query field "gridCels" on type "Query".');
  });

  it('lets the largest query our clients send through: the grid worker’s overview of their exclusive cells', async () => {
    const overview = `query Overview($first: Int!) {
      gridCells(kind: ENTERPRISE_EXCLUSIVE, first: $first) {
        totalCount
        nodes {
          code name kind
          gridWorkers { name }
          enterprises { name creditCode appeals { title status handlingMode timeline { toStatus } } }
          appeals { title }
          volunteerTeams { name code }
        }
      }
    }`;
    const tooStrict = await start({ queryLimits: { maxCost: 1 } });
    try {
      expect((await post(tooStrict.url, overview)).body.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COSTLY',
        measured: 1_205_381,
      });
    } finally {
      await tooStrict.stop();
    }
    const asked = subgraph.requests();
    const answer = await post(gateway.url, overview, {}, { first: 3 });
    // Past validation: the (failing) fake subgraph was asked.
    expect(answer.body.errors?.map((error) => error.extensions?.['code'])).not.toContain(
      'QUERY_TOO_COSTLY',
    );
    expect(subgraph.requests()).toBeGreaterThan(asked);
  });

  it('refuses introspection in production with INTROSPECTION_DISABLED', async () => {
    const answer = await post(gateway.url, getIntrospectionQuery());
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'INTROSPECTION_DISABLED' });
    expect(answer.body.errors?.[0]?.message).toContain('turned off in production');
  });

  it('shows no stack trace or internals when a subgraph fails unexpectedly', async () => {
    const asked = subgraph.requests();
    const answer = await post(gateway.url, '{ appealCategories { code } }');
    expect(subgraph.requests()).toBe(asked + 1);
    const text = JSON.stringify(answer.body);
    expect(text).not.toContain('stacktrace');
    expect(text).not.toContain('/srv/secret');
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBeDefined();
  });

  it('refuses a GET or a text/plain POST without a preflight header (CSRF), and takes a JSON POST', async () => {
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toContain('Cross-Site Request Forgery');
    const simplePost = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simplePost.status).toBe(400);
    const preflighted = await fetch(
      `${gateway.url}?query=${encodeURIComponent('{ __typename }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(preflighted.status).toBe(200);
    const json = await post(gateway.url, '{ __typename }');
    expect(json).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('refuses a body over the size limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const answer = await post(gateway.url, `{ __typename } # ${'x'.repeat(20_000)}`);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]).toEqual({
      message: expect.stringContaining('10000 bytes'),
      extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 10_000 },
    });
  });

  it('answers 429 RATE_LIMITED with Retry-After once a caller has used its burst, and lets it in again later', async () => {
    const limited = await start({ rateLimit: { perSecond: 1, burst: 2 } });
    try {
      expect((await post(limited.url, '{ __typename }')).status).toBe(200);
      expect((await post(limited.url, '{ __typename }')).status).toBe(200);
      const refused = await post(limited.url, '{ __typename }');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.body.errors?.[0]).toEqual({
        message:
          'Too many requests: each caller may send 1 operations a second (bursts of 2). Try again in 1 s.',
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
      });
      now += 1000;
      expect((await post(limited.url, '{ __typename }')).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe('bad tokens at the gateway', () => {
  // 150 requests in a row: on a loaded 2-core machine that can take longer than jest's default 5 s.
  it('counts forged tokens against the caller’s address: 150 of them end in 429s (attack 4)', async () => {
    const supergraphSdl = readSupergraphSdl();
    const gateway = await startGateway(
      { supergraphSdl, logger: quiet, production: true, now: () => 0 },
      0,
    );
    try {
      const { privateKey } = await generateKeyPair('ES256');
      const statuses: number[] = [];
      for (let i = 0; i < 150; i += 1) {
        const forged = await new SignJWT({ role: 'ADMIN' })
          .setProtectedHeader({ alg: 'ES256', kid: `forged-${i}` })
          .setSubject(`intruder-${i}`)
          .setExpirationTime('1h')
          .sign(privateKey);
        statuses.push(
          (await post(gateway.url, '{ __typename }', { authorization: `Bearer ${forged}` })).status,
        );
      }
      // The default burst is 40; the clock stands still, so nothing refills.
      expect(statuses.slice(0, 40)).toEqual(Array(40).fill(401));
      expect(statuses.slice(40)).toEqual(Array(110).fill(429));
    } finally {
      await gateway.stop();
    }
  }, 60_000);
});

describe('errors from a subgraph', () => {
  /** A subgraph refusing a value its schema cannot take, as ours do: HTTP 400, BAD_USER_INPUT, a stack in development. */
  async function startRefusingSubgraph(): Promise<{ url: string; stop: () => Promise<void> }> {
    const server: Server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            errors: [
              {
                message: 'DateTime cannot represent an invalid date-time-string yesterday.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'from',
                  stacktrace: ['GraphQLError: at /srv/appeal/src/secret.ts:42'],
                },
              },
            ],
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      stop: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  it.each([true, false])(
    'reach the client with their message, code and field, never the URL or stack (production: %s)',
    async (production) => {
      const subgraph = await startRefusingSubgraph();
      const supergraphSdl = readSupergraphSdl();
      const subgraphUrls = Object.fromEntries(
        subgraphsOf(supergraphSdl).map(({ name }) => [name, subgraph.url]),
      );
      const gateway = await startGateway(
        { supergraphSdl, subgraphUrls, logger: quiet, production },
        0,
      );
      try {
        const answer = await post(
          gateway.url,
          '{ appealFigures(groupBy: DEPARTMENT, from: "yesterday") { key } }',
        );
        expect(answer.body.errors).toEqual([
          {
            message: 'DateTime cannot represent an invalid date-time-string yesterday.',
            extensions: { code: 'BAD_USER_INPUT', field: 'from' },
          },
        ]);
        expect(JSON.stringify(answer.body)).not.toMatch(/127\.0\.0\.1|stacktrace|\/srv\//);
      } finally {
        await gateway.stop();
        await subgraph.stop();
      }
    },
  );
});

describe('gateway suggestions in development', () => {
  it('keeps "Did you mean …?"', async () => {
    const supergraphSdl = readSupergraphSdl();
    const gateway = await startGateway({ supergraphSdl, logger: quiet, production: false }, 0);
    try {
      const answer = await post(gateway.url, '{ gridCels { totalCount } }');
      expect(answer.body.errors?.[0]?.message).toBe(
        'Cannot query field "gridCels" on type "Query". Did you mean "gridCell" or "gridCells"?',
      );
    } finally {
      await gateway.stop();
    }
  });
});

describe('gateway in development', () => {
  it('answers the explorer’s introspection query', async () => {
    const supergraphSdl = readSupergraphSdl();
    const gateway = await startGateway({ supergraphSdl, logger: quiet, production: false }, 0);
    try {
      const answer = await post(gateway.url, getIntrospectionQuery({ descriptions: true }), {
        'apollo-require-preflight': 'true',
      });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(
        (answer.body.data as { __schema: { types: unknown[] } }).__schema.types.length,
      ).toBeGreaterThan(20);
    } finally {
      await gateway.stop();
    }
  });
});

describe('gateway request ids and /metrics', () => {
  it('passes the caller’s request id to the subgraph, echoes it, and counts what it answered', async () => {
    const subgraph = await startFakeSubgraph();
    const supergraphSdl = readSupergraphSdl();
    const subgraphUrls = Object.fromEntries(
      subgraphsOf(supergraphSdl).map(({ name }) => [name, subgraph.url]),
    );
    const gateway = await startGateway(
      { supergraphSdl, subgraphUrls, logger: quiet, production: true },
      0,
    );
    try {
      const failed = await post(gateway.url, '{ appealCategories { code } }', {
        'x-request-id': 'test-req-1',
      });
      expect(failed.headers.get('x-request-id')).toBe('test-req-1');
      expect(subgraph.requestIds).toContain('test-req-1');
      expect((await post(gateway.url, deepQuery)).status).toBe(400);
      const answer = await fetch(gateway.url.replace(/\/graphql$/, '/metrics'));
      expect(answer.headers.get('content-type')).toContain('text/plain');
      const text = await answer.text();
      expect(text).toMatch(/^graphql_operations_total 2$/m);
      expect(text).toMatch(/^graphql_errors_total\{code="QUERY_TOO_DEEP"\} 1$/m);
      expect(text).toMatch(
        /^http_request_duration_seconds_count\{method="POST",route="\/graphql",status_code="400"\} 1$/m,
      );
      expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    } finally {
      await gateway.stop();
      await subgraph.stop();
    }
  });
});
