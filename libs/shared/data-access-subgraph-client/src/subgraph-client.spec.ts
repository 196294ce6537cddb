import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { fetchEntities, querySubgraph } from './subgraph-client';

interface SeenRequest {
  query: string;
  variables: Record<string, unknown>;
}
type Handler = (body: SeenRequest, response: ServerResponse) => void;

/** A stand-in subgraph on a free port that answers with whatever the test says. */
async function fakeSubgraph(handler: Handler): Promise<{ url: string; seen: SeenRequest[]; close: () => Promise<void> }> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SeenRequest;
      seen.push(body);
      handler(body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json = (response: ServerResponse, status: number, body: unknown): void => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

async function failureOf(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GraphQLError)) throw new TypeError(`expected a GraphQLError, got ${String(error)}`);
  return error;
}

interface Team {
  volunteerTeams: Array<{ id: string; code: string }>;
}

describe('fetchEntities', () => {
  const representations = [
    { __typename: 'GridCell', id: 'cell-1' },
    { __typename: 'GridCell', id: 'cell-2' },
  ];
  const selection = '... on GridCell { volunteerTeams { id code } }';

  it('sends the representations with the selection in one _entities query, and answers in their order', async () => {
    const fake = await fakeSubgraph((_body, response) =>
      json(response, 200, { data: { _entities: [{ volunteerTeams: [{ id: 't1', code: 'CREW' }] }, { volunteerTeams: [] }] } }),
    );
    try {
      const entities = await fetchEntities<Team>({ url: fake.url, service: 'volunteer', representations, selection });
      expect(entities).toEqual([{ volunteerTeams: [{ id: 't1', code: 'CREW' }] }, { volunteerTeams: [] }]);
      expect(fake.seen).toHaveLength(1);
      expect(fake.seen[0]?.variables).toEqual({ r: representations });
      expect(fake.seen[0]?.query).toContain('_entities(representations:$r)');
      expect(fake.seen[0]?.query).toContain(selection);
    } finally {
      await fake.close();
    }
  });

  it('answers null for the entities the subgraph does not know, with or without NOT_FOUND errors', async () => {
    const fake = await fakeSubgraph((_body, response) =>
      json(response, 200, {
        data: { _entities: [null, { volunteerTeams: [] }] },
        errors: [{ message: 'GridCell cell-1 does not exist', path: ['_entities', 0], extensions: { code: 'NOT_FOUND' } }],
      }),
    );
    try {
      expect(await fetchEntities<Team>({ url: fake.url, service: 'volunteer', representations, selection })).toEqual([null, { volunteerTeams: [] }]);
    } finally {
      await fake.close();
    }
  });

  it('asks nothing when there is nothing to resolve', async () => {
    const fake = await fakeSubgraph((_body, response) => json(response, 200, { data: { _entities: [] } }));
    try {
      expect(await fetchEntities<Team>({ url: fake.url, service: 'volunteer', representations: [], selection })).toEqual([]);
      expect(fake.seen).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });

  it.each([
    ['an error other than NOT_FOUND', { data: { _entities: [null, null] }, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 'boom'],
    ['no data', { data: null }, 'without data'],
    ['fewer entities than representations', { data: { _entities: [null] } }, '1 entities for 2'],
  ])('answers SERVICE_UNAVAILABLE, tagged with the service, on %s', async (_case, answer, reason) => {
    const fake = await fakeSubgraph((_body, response) => json(response, 200, answer));
    try {
      const error = await failureOf(fetchEntities<Team>({ url: fake.url, service: 'volunteer', representations, selection }));
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'volunteer' });
      expect(error.message).toContain('volunteer service');
      expect(error.message).toContain(reason);
    } finally {
      await fake.close();
    }
  });
});

describe('querySubgraph', () => {
  it('answers the body, GraphQL errors included, for the caller to judge', async () => {
    const answer = { data: null, errors: [{ message: 'Department X does not exist', extensions: { code: 'NOT_FOUND', field: 'code' } }] };
    const fake = await fakeSubgraph((_body, response) => json(response, 200, answer));
    try {
      const body = await querySubgraph<{ department: { id: string } }>({
        url: fake.url,
        service: 'grid',
        query: 'query($code: String!) { department(code: $code) { id } }',
        variables: { code: 'X' },
      });
      expect(body).toEqual(answer);
      expect(fake.seen[0]?.variables).toEqual({ code: 'X' });
    } finally {
      await fake.close();
    }
  });

  it('gives up after timeoutMs and says so', async () => {
    const fake = await fakeSubgraph(() => undefined);
    try {
      const error = await failureOf(querySubgraph({ url: fake.url, service: 'grid', query: '{ __typename }', timeoutMs: 100 }));
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'grid' });
      expect(error.message).toContain('no answer within 100 ms');
    } finally {
      await fake.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE when nothing listens, on an HTTP error without GraphQL errors, and on a body that is not JSON', async () => {
    const failing = await fakeSubgraph((_body, response) => json(response, 502, {}));
    const notJson = await fakeSubgraph((_body, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>proxy error</html>');
    });
    const closed = await fakeSubgraph(() => undefined);
    await closed.close();
    try {
      const reasons: string[] = [];
      for (const url of [failing.url, notJson.url, closed.url]) {
        const error = await failureOf(querySubgraph({ url, service: 'grid', query: '{ __typename }' }));
        expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'grid' });
        reasons.push(error.message);
      }
      expect(reasons[0]).toContain('HTTP 502');
      expect(reasons[1]).toContain('without JSON');
      expect(reasons[2]).toContain('cannot be reached');
    } finally {
      await failing.close();
      await notJson.close();
    }
  });
});
