import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createLogger } from '@erqi/shared/util-logging';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { readSupergraphSdl, subgraphsOf } from '../config';
import { startGateway } from '../gateway';
import { placeholderVariables } from './placeholder-variables';
import { WARM_UP_OPERATIONS } from './warm-up-operations';

/** The log lines a logger wrote, parsed. */
function collectingLogger(): { logger: ReturnType<typeof createLogger>; messages: () => string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return {
    logger: createLogger('gateway-test', { destination }),
    messages: () =>
      lines
        .flatMap((text) => text.split('\n').filter(Boolean))
        .map((line) => String((JSON.parse(line) as { msg: unknown }).msg)),
  };
}

describe('query plans made before the first caller', () => {
  it('plans every known operation at start, the mutations too, without sending anything to a subgraph', async () => {
    let received = 0;
    const subgraph: Server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        if (!request.url?.startsWith('/ready') && !request.url?.startsWith('/health'))
          received += 1;
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":null}');
      });
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    const supergraphSdl = readSupergraphSdl();
    const { logger, messages } = collectingLogger();
    const gateway = await startGateway(
      {
        supergraphSdl,
        subgraphUrls: Object.fromEntries(subgraphsOf(supergraphSdl).map(({ name }) => [name, url])),
        logger,
        production: true,
      },
      0,
    );
    try {
      expect(WARM_UP_OPERATIONS.some((operation) => operation.startsWith('mutation'))).toBe(true);
      expect(messages()).toContain(
        `planned ${WARM_UP_OPERATIONS.length} operations ahead of the first caller`,
      );
      expect(received).toBe(0);
    } finally {
      await gateway.stop();
      await new Promise((resolve) => subgraph.close(resolve));
    }
    // Starting a gateway (composing the supergraph, planning) takes seconds on a busy machine.
  }, 60_000);

  it('fills required variables with values of their types, nested inputs included, and leaves optional ones out', () => {
    const schema = buildSchema(`
      enum Mode { TRACKED URGENT }
      input Where { lat: Float! label: String note: String! = "x" mode: Mode! }
      type Query { find(where: Where!, ids: [ID!]!, first: Int!, after: String): Boolean }
    `);
    const operation = parse(
      'query Find($where: Where!, $ids: [ID!]!, $first: Int!, $after: String) { find(where: $where, ids: $ids, first: $first, after: $after) }',
    ).definitions[0] as OperationDefinitionNode;
    expect(placeholderVariables(schema, operation)).toEqual({
      where: { lat: 0, mode: 'TRACKED' },
      ids: [],
      first: 0,
    });
  });
});
