import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';

export interface FakeRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface FakeSubgraph {
  url: string;
  /** Every request body, in arrival order. */
  seen: FakeRequest[];
  close(): Promise<void>;
}

/** A stand-in for another subgraph on a free port; `answer` writes each response (or never does). */
export async function fakeSubgraph(answer: (body: FakeRequest, response: ServerResponse) => void): Promise<FakeSubgraph> {
  const seen: FakeRequest[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeRequest;
      seen.push(body);
      answer(body, response);
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

export function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** The GraphQLError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function failureOf(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof GraphQLError)) throw new TypeError(`expected a GraphQLError, got ${String(error)}`);
  return error;
}
