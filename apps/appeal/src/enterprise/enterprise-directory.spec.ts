import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { DEFAULT_ENTERPRISE_SUBGRAPH_URL, HttpEnterpriseDirectory } from './enterprise-directory';

type Handler = (body: { query: string; variables: { r: Array<{ __typename: string; id: string }> } }, response: ServerResponse) => void;

/** A stand-in for the enterprise subgraph on a free port. */
async function fakeEnterpriseSubgraph(handler: Handler): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handler(JSON.parse(Buffer.concat(chunks).toString('utf8')), response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
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

describe('HttpEnterpriseDirectory', () => {
  const id = '6f1c2a9e-0000-5000-8000-000000000001';

  it('asks the enterprise subgraph for the entity and answers with its grid cell', async () => {
    const seen: unknown[] = [];
    const fake = await fakeEnterpriseSubgraph((body, response) => {
      seen.push(body.variables);
      json(response, 200, { data: { _entities: [{ id: body.variables.r[0]?.id, gridCell: { id: 'cell-1' } }] } });
    });
    try {
      expect(await new HttpEnterpriseDirectory({ url: fake.url }).findEnterprise(id)).toEqual({ id, gridCellId: 'cell-1' });
      expect(seen).toEqual([{ r: [{ __typename: 'Enterprise', id }] }]);
    } finally {
      await fake.close();
    }
  });

  it('answers null for an enterprise the subgraph does not know, with or without a NOT_FOUND error', async () => {
    const answers = [
      { data: { _entities: [null] } },
      { data: { _entities: [null] }, errors: [{ message: 'Enterprise x does not exist', extensions: { code: 'NOT_FOUND' } }] },
    ];
    const fake = await fakeEnterpriseSubgraph((_body, response) => json(response, 200, answers.shift()));
    try {
      const directory = new HttpEnterpriseDirectory({ url: fake.url });
      expect(await directory.findEnterprise(id)).toBeNull();
      expect(await directory.findEnterprise(id)).toBeNull();
    } finally {
      await fake.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE when the subgraph does not answer in time', async () => {
    const fake = await fakeEnterpriseSubgraph(() => undefined);
    try {
      const error = await failureOf(new HttpEnterpriseDirectory({ url: fake.url, timeoutMs: 100 }).findEnterprise(id));
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'enterprise' });
      expect(error.message).toContain('100 ms');
    } finally {
      await fake.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE when nothing listens, or the subgraph fails', async () => {
    const fake = await fakeEnterpriseSubgraph((_body, response) => json(response, 500, { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    const failing = fake.url;
    const closed = await fakeEnterpriseSubgraph(() => undefined);
    await closed.close();
    try {
      for (const url of [failing, closed.url]) {
        const error = await failureOf(new HttpEnterpriseDirectory({ url }).findEnterprise(id));
        expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      }
    } finally {
      await fake.close();
    }
  });

  it('reads its address from ENTERPRISE_SUBGRAPH_URL, else the contract port', () => {
    const saved = process.env['ENTERPRISE_SUBGRAPH_URL'];
    try {
      delete process.env['ENTERPRISE_SUBGRAPH_URL'];
      expect(new HttpEnterpriseDirectory().url).toBe(DEFAULT_ENTERPRISE_SUBGRAPH_URL);
      process.env['ENTERPRISE_SUBGRAPH_URL'] = 'http://enterprise:4002/graphql';
      expect(new HttpEnterpriseDirectory().url).toBe('http://enterprise:4002/graphql');
    } finally {
      if (saved === undefined) delete process.env['ENTERPRISE_SUBGRAPH_URL'];
      else process.env['ENTERPRISE_SUBGRAPH_URL'] = saved;
    }
  });
});
