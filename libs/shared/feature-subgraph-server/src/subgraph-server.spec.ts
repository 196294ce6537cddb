import { buildSubgraphSchema } from '@apollo/subgraph';
import { createTokenVerifier, issueDevelopmentToken, Role } from '@erqi/shared/util-auth';
import { createLogger } from '@erqi/shared/util-logging';
import { ServiceMetrics } from '@erqi/shared/util-metrics';
import { parse } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { generateKeyPair, SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { type RunningSubgraph, type StartOptions, startSubgraph } from './subgraph-server';
import { SERVICE_AUTHORIZATION_HEADER } from './subgraph-server';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  scalar DateTime
  type Query {
    cells(first: Int = 20): [Cell!]!
    countSince(from: DateTime!): Int!
    slow(ms: Int!): String!
  }
  type Cell @key(fields: "id") { id: ID! code: String! firms(first: Int = 20): [Firm!]! }
  type Firm { name: String! }
`);

let slowStarted: () => void = () => undefined;
const schema = buildSubgraphSchema([
  {
    typeDefs,
    resolvers: {
      DateTime: GraphQLDateTime,
      Query: {
        cells: () => [{ id: '1', code: 'C1' }],
        countSince: () => 1,
        slow: async (_: unknown, { ms }: { ms: number }) => {
          slowStarted();
          await new Promise((resolve) => setTimeout(resolve, ms));
          return 'done';
        },
      },
      Cell: {
        __resolveReference: (reference: { id: string }) => ({ id: reference.id, code: 'C1' }),
        firms: () => [],
      },
    } as never,
  },
]);

const quiet = createLogger('subgraph-test', { level: 'silent' });
let now = 0;

function start(options: Partial<StartOptions> = {}): Promise<RunningSubgraph> {
  return startSubgraph(
    {
      name: 'test',
      schema,
      // Never initialised: these tests need no database.
      dataSource: new DataSource({ type: 'postgres' }),
      createContext: async () => ({}),
      metrics: new ServiceMetrics('test'),
    },
    {
      port: 0,
      logger: quiet,
      production: true,
      verifyToken: createTokenVerifier({
        issuer: 'https://auth.erqi.local',
        audience: 'erqi-grid-governance',
        production: false,
      }),
      now: () => now,
      ...options,
    },
  );
}

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
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
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const serviceHeader = async () => ({
  [SERVICE_AUTHORIZATION_HEADER]: `Bearer ${await issueDevelopmentToken('gateway', { role: 'SERVICE' })}`,
});
const codes = (answer: Answer) => (answer.body.errors ?? []).map((e) => e.extensions?.['code']);

describe("a subgraph's health and readiness", () => {
  let subgraph: RunningSubgraph;
  // Its database is never initialised: it answers nothing, as a PostgreSQL that is down.
  beforeAll(async () => {
    subgraph = await start();
  });
  afterAll(() => subgraph.stop());

  it('stays alive at /health while its database is down, and is not ready at /ready', async () => {
    const base = subgraph.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', service: 'test' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'database unavailable', service: 'test' });
  });
});

describe('a subgraph called directly (production mode)', () => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await start({ rateLimit: { perSecond: 1000, burst: 1000 } });
  });
  afterAll(() => subgraph.stop());

  it.each([
    ['plainly', '{ _service { sdl } }'],
    ['in an inline fragment', '{ ... on Query { _service { sdl } } }'],
    ['in a named fragment', '{ ...Sdl } fragment Sdl on Query { _service { sdl } }'],
    [
      'under an alias, in nested fragments',
      '{ ... on Query { ...Sdl } } fragment Sdl on Query { s: _service { sdl } }',
    ],
    [
      'as _entities in a fragment',
      '{ ... { _entities(representations: [{ __typename: "Cell", id: "1" }]) { ... on Cell { code } } } }',
    ],
  ])(
    'refuses _service/_entities asked %s without a service token, even with a user token',
    async (_, query) => {
      const user = bearer(await issueDevelopmentToken('u1', { role: Role.SUPERVISOR }));
      for (const headers of [{}, user]) {
        const answer = await post(subgraph.url, query, headers);
        expect(answer.status).toBe(401);
        expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
        expect(JSON.stringify(answer.body)).not.toContain('type Query');
      }
      const gateway = await post(subgraph.url, query, await serviceHeader());
      expect(gateway.status).toBe(200);
      expect(gateway.body.errors).toBeUndefined();
    },
  );

  it('refuses 500 aliases, a deep query and a costly one given as variables, as the gateway does', async () => {
    const aliases = await post(
      subgraph.url,
      `{ ${Array.from({ length: 500 }, (_, i) => `c${i}: cells(first: 1) { code }`).join(' ')} }`,
    );
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_ALIASES',
      measured: 500,
      limit: 30,
    });
    const costly = 'query($n: Int) { cells(first: $n) { firms(first: $n) { name } } }';
    const refused = await post(subgraph.url, costly, {}, { n: 10_000 });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
    expect((await post(subgraph.url, costly, {}, { n: 10 })).body).toEqual({
      data: { cells: [{ firms: [] }] },
    });
  });

  it('answers an invalid DateTime, literal or variable, with BAD_USER_INPUT naming the argument', async () => {
    const literal = await post(subgraph.url, '{ countSince(from: "yesterday-ish") }');
    expect(literal.status).toBe(400);
    expect(literal.body.errors).toEqual([
      {
        message: expect.stringContaining('DateTime cannot represent'),
        locations: expect.any(Array),
        extensions: { code: 'BAD_USER_INPUT', field: 'from' },
      },
    ]);
    const variable = await post(
      subgraph.url,
      'query($since: DateTime!) { countSince(from: $since) }',
      {},
      { since: '2026-13-45T99:00:00Z' },
    );
    expect(variable.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'from',
    });
    expect(JSON.stringify(variable.body)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  it('hides field suggestions in production', async () => {
    const answer = await post(subgraph.url, '{ cels { code } }');
    expect(answer.body.errors?.[0]?.message).toBe('Cannot query field "cels" on type "Query".');
  });
});

describe('users calling a subgraph directly', () => {
  it('are refused in production unless the gateway’s service token comes beside their token', async () => {
    const subgraph = await start({ rateLimit: { perSecond: 1000, burst: 1000 } });
    try {
      const user = bearer(await issueDevelopmentToken('u1', { role: Role.SUPERVISOR }));
      const direct = await post(subgraph.url, '{ cells { code } }', user);
      expect(direct.status).toBe(401);
      expect(direct.body.errors?.[0]).toMatchObject({
        message:
          'This service answers signed-in users only through the gateway; send the request there',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      const viaGateway = await post(subgraph.url, '{ cells { code } }', {
        ...user,
        ...(await serviceHeader()),
      });
      expect(viaGateway.body).toEqual({ data: { cells: [{ code: 'C1' }] } });
      // Anonymous callers still get what is public (the resolvers' rules decide what that is).
      expect((await post(subgraph.url, '{ cells { code } }')).status).toBe(200);
    } finally {
      await subgraph.stop();
    }
  });

  it('are answered in development, where tests call a subgraph as a user', async () => {
    const subgraph = await start({ production: false });
    try {
      const user = bearer(await issueDevelopmentToken('u1', { role: Role.SUPERVISOR }));
      expect((await post(subgraph.url, '{ cells { code } }', user)).body).toEqual({
        data: { cells: [{ code: 'C1' }] },
      });
    } finally {
      await subgraph.stop();
    }
  });
});

describe('a subgraph in development', () => {
  it('keeps field suggestions ("Did you mean …?")', async () => {
    const subgraph = await start({ production: false });
    try {
      const answer = await post(subgraph.url, '{ cels { code } }');
      expect(answer.body.errors?.[0]?.message).toBe(
        'Cannot query field "cels" on type "Query". Did you mean "cells"?',
      );
    } finally {
      await subgraph.stop();
    }
  });
});

describe('a subgraph’s rate limit', () => {
  it('limits each caller not carrying a service token, and counts forged tokens against the address', async () => {
    const subgraph = await start({ rateLimit: { perSecond: 1, burst: 3 } });
    try {
      const { privateKey } = await generateKeyPair('ES256');
      const forged = await new SignJWT({ role: 'ADMIN' })
        .setProtectedHeader({ alg: 'ES256', kid: 'forged' })
        .setSubject('intruder')
        .setExpirationTime('1h')
        .sign(privateKey);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1)
        statuses.push((await post(subgraph.url, '{ cells { code } }', bearer(forged))).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // The address's bucket is empty for anonymous callers too; the gateway (a service token) is not limited here.
      expect((await post(subgraph.url, '{ cells { code } }')).status).toBe(429);
      const gateway = await serviceHeader();
      for (let i = 0; i < 5; i += 1)
        expect((await post(subgraph.url, '{ cells { code } }', gateway)).status).toBe(200);
      now += 3000;
      expect((await post(subgraph.url, '{ cells { code } }')).status).toBe(200);
    } finally {
      await subgraph.stop();
    }
  });
});

describe('stopping a subgraph', () => {
  it('lets a slow request in flight finish with 200, and takes no new one', async () => {
    const subgraph = await start({ drainMs: 5000 });
    const started = new Promise<void>((resolve) => {
      slowStarted = resolve;
    });
    const inFlight = post(subgraph.url, '{ slow(ms: 700) }');
    await started;
    const stopped = subgraph.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(post(subgraph.url, '{ cells { code } }')).rejects.toThrow();
    await expect(inFlight).resolves.toEqual({ status: 200, body: { data: { slow: 'done' } } });
    await stopped;
  });

  it('cuts a request still running at the deadline', async () => {
    const subgraph = await start({ drainMs: 200 });
    const started = new Promise<void>((resolve) => {
      slowStarted = resolve;
    });
    const inFlight = post(subgraph.url, '{ slow(ms: 1200) }');
    await started;
    const begun = performance.now();
    await subgraph.stop();
    expect(performance.now() - begun).toBeLessThan(2000);
    await expect(inFlight).rejects.toThrow();
  });
});
