import type { Server } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { SERVICE_AUTHORIZATION_HEADER, verifyOrReject } from '@erqi/shared/feature-subgraph-server';
import { type Caller, createTokenVerifier, serviceAuthorization } from '@erqi/shared/util-auth';
import { formatGraphQLError } from '@erqi/shared/util-errors';
import { closeServer, createGraphQLHttpServer, listen, type Logger } from '@erqi/shared/util-http-server';
import { subgraphsOf } from './config';
import { explorerRoutes } from './explorer/explorer';
import { GatewayMetrics } from './metrics/metrics';
import { createHealthRoute } from './health/health';

/** What the gateway knows of a request: the verified caller and the header to pass on. */
interface GatewayContext {
  caller: Caller;
  authorization?: string;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URLs that replace the supergraph's, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  logger: Logger;
  /** Hide internals of unexpected errors and turn introspection off. @default NODE_ENV === 'production' */
  production?: boolean;
}

export interface RunningGateway {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** The Apollo gateway over a static supergraph, served with `/health`, `/ready` and `/explorer`. */
export async function startGateway(options: GatewayOptions, port: number): Promise<RunningGateway> {
  const production = options.production ?? process.env['NODE_ENV'] === 'production';
  const overrides = options.subgraphUrls ?? {};
  const subgraphs = subgraphsOf(options.supergraphSdl, overrides);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: overrides[name] ?? url,
        // Pass the caller's token on: each subgraph verifies it again rather than trusting the gateway.
        willSendRequest: async ({ request, context }) => {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          // And the gateway's own identity, so subgraphs resolve references for it even for anonymous callers.
          request.http?.headers.set(SERVICE_AUTHORIZATION_HEADER, await serviceAuthorization('gateway'));
        },
      }),
  });
  let ready = false;
  const verify = createTokenVerifier();
  const metrics = new GatewayMetrics();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    // Our main() stops the server on SIGINT/SIGTERM and exits 0; Apollo would re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted, error) => formatGraphQLError(formatted, error, production),
    plugins: [ApolloServerPluginLandingPageDisabled(), metrics.plugin<GatewayContext>()],
  });
  await apollo.start();
  ready = true;
  const health = createHealthRoute({ subgraphs, isGatewayReady: () => ready });
  const server: Server = createGraphQLHttpServer({
    apollo,
    // Refuse a bad token at the door (401); an absent one is an anonymous caller.
    context: async (request) => {
      const authorization = request.headers.authorization;
      const caller = await verifyOrReject(verify, authorization);
      return { caller, ...(authorization ? { authorization } : {}) };
    },
    browserLandingPath: '/explorer',
    routes: {
      '/health': health,
      // Ready to take traffic: the same answer as health, for orchestrators that ask separately.
      '/ready': health,
      '/metrics': metrics.route(),
      ...explorerRoutes(),
    },
  });
  const boundPort = await listen(server, port, process.env['HOST'] ?? '127.0.0.1');
  const url = `http://localhost:${boundPort}/graphql`;
  options.logger.info(`gateway ready at ${url}`, { subgraphs: subgraphs.map((subgraph) => `${subgraph.name}=${subgraph.url}`) });
  return {
    port: boundPort,
    url,
    async stop() {
      ready = false;
      await closeServer(server);
      await apollo.stop();
    },
  };
}
