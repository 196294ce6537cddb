import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { serviceAuthorization } from '@erqi/shared/util-auth';

// SERVICE_AUTHORIZATION_HEADER of feature-subgraph-server and REQUEST_ID_HEADER of util-http-server,
// spelt out: importing those libraries beside Hive Gateway's types (graphql-yoga widens
// GraphQLErrorExtensions) would not typecheck.
const SERVICE_AUTHORIZATION_HEADER = 'x-service-authorization';
const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Hive Gateway as a yardstick for `npm run bench:scale`, never shipped: the supergraph at
 * HIVE_SUPERGRAPH_FILE (ours, its subgraph URLs pointed at the bench's system) served on HIVE_PORT,
 * passing on the headers our gateway passes on: the caller's Authorization, the request id, and the
 * gateway's own service token (the subgraphs resolve references for it).
 */
const port = Number(process.env['HIVE_PORT']);
const supergraph = readFileSync(process.env['HIVE_SUPERGRAPH_FILE'] ?? '', 'utf8');

async function main(): Promise<void> {
  let service = await serviceAuthorization('gateway');
  // Our gateway's service tokens live 15 minutes; renew well before, as it does.
  setInterval(
    () => void serviceAuthorization('gateway').then((value) => (service = value)),
    60_000,
  ).unref();
  const gateway = createGatewayRuntime({
    supergraph,
    logging: false,
    propagateHeaders: {
      fromClientToSubgraphs({ request }) {
        const headers: Record<string, string> = { [SERVICE_AUTHORIZATION_HEADER]: service };
        const authorization = request.headers.get('authorization');
        if (authorization) headers['authorization'] = authorization;
        const requestId = request.headers.get(REQUEST_ID_HEADER);
        if (requestId) headers[REQUEST_ID_HEADER] = requestId;
        return headers;
      },
    },
  });
  const server = createServer(gateway);
  server.listen(port, '127.0.0.1', () => console.log(`hive gateway on ${port}`));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
