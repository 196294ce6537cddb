import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { admitCaller, SERVICE_AUTHORIZATION_HEADER } from '@erqi/shared/feature-subgraph-server';
import {
  createTokenVerifier,
  serviceAuthorization,
  type TokenVerifier,
} from '@erqi/shared/util-auth';
import { formatGraphQLError } from '@erqi/shared/util-errors';
import {
  createGraphQLHttpServer,
  DEFAULT_DRAIN_MS,
  drainServer,
  listen,
  REQUEST_ID_HEADER,
} from '@erqi/shared/util-http-server';
import type { Logger } from '@erqi/shared/util-logging';
import { graphqlMetricsPlugin, ServiceMetrics } from '@erqi/shared/util-metrics';
import { currentRequest } from '@erqi/shared/util-request-scope';
import { DEFAULT_MAX_BODY_BYTES, subgraphsOf } from './config';
import {
  DEFAULT_QUERY_LIMITS,
  IntrospectionDisabledRule,
  queryCostPlugin,
  queryLimitRules,
  type QueryLimits,
  withOwnCode,
} from '@erqi/shared/util-query-limits';
import { DEFAULT_RATE_LIMIT, type RateLimit, RateLimiter } from '@erqi/shared/util-rate-limit';
import { seedUser, tokenForSeedUser } from '@erqi/shared/util-seed-tokens';
import { developmentSignInRoutes } from './dev-sign-in/dev-sign-in';
import { type AppConfig, appConfigRoute } from './app-config/app-config';
import { explorerRoutes } from './explorer/explorer';
import { createHealthRoute, createLivenessRoute } from './health/health';
import { webAppFallback, type WebAppOptions } from './web-app/web-app';
import { photoProxyRoutes } from './photos/photo-proxy';
import { open311Routes } from './open311/open311-routes';
import { withoutInternals } from './subgraph-fetch/subgraph-errors';
import { SubgraphReplicas } from './replicas/subgraph-replicas';
import { createApolloGateway } from './apollo-gateway/apollo-gateway';
import { WARM_UP_OPERATIONS } from './plan-warm-up/warm-up-operations';
import { warmQueryPlans } from './plan-warm-up/plan-warm-up';
import type { GatewayContext } from './context';
import type { GraphQLSchema } from 'graphql';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URLs that replace the supergraph's, by subgraph name; several, comma-separated, are replicas. */
  subgraphUrls?: Record<string, string>;
  logger: Logger;
  /** Hide internals of unexpected errors and turn introspection off. @default false */
  production?: boolean;
  /** Interface to listen on. @default '127.0.0.1' (containers set HOST=0.0.0.0) */
  host?: string;
  /** Whose tokens are believed. @default createTokenVerifier() (the AUTH_* defaults: the development key) */
  verifyToken?: TokenVerifier;
  /** Its `/metrics`. @default new ServiceMetrics('gateway') */
  metrics?: ServiceMetrics;
  /** Depth, alias and cost limits of one operation. @default DEFAULT_QUERY_LIMITS (10 deep, 30 aliases, cost 2,000,000, lists of 20) */
  queryLimits?: Partial<QueryLimits>;
  /** Per caller (token subject, else client address). @default { perSecond: 20, burst: 40 } */
  rateLimit?: RateLimit;
  /** Largest request body, in bytes; larger is 413 PAYLOAD_TOO_LARGE. @default 100_000 */
  maxBodyBytes?: number;
  /** The rate limiter's clock, in milliseconds (tests). @default performance.now */
  now?: () => number;
  /** Reverse proxies whose X-Forwarded-For is believed for anonymous callers' addresses. @default none */
  trustedProxies?: ReadonlySet<string>;
  /** On stop, how long requests in flight may take to finish before their connections are cut. @default 10_000 (SHUTDOWN_DRAIN_MS) */
  drainMs?: number;
  /** The built web app, served at `/` (WEB_APP_DIR). @default none: `/` answers a JSON 404 */
  webApp?: WebAppOptions;
  /** What `GET /app-config.json` tells the web app about signing in. @default no route */
  appConfig?: AppConfig;
  /** How often each subgraph replica's `/health` is asked. @default 2000 (GATEWAY_REPLICA_PROBE_MS) */
  replicaProbeMs?: number;
  /** Keep-alive connections held open to each subgraph address. @default 64 (GATEWAY_SUBGRAPH_CONNECTIONS) */
  subgraphConnections?: number;
  /** Whether identical subgraph reads in flight at once (same caller, same question) share one fetch. @default true (GATEWAY_MERGE_IN_FLIGHT) */
  mergeInFlight?: boolean;
}

/** Who the explorer is signed in as in development: the exclusive cells' grid worker its example asks about. */
function explorerSignIn() {
  const user = seedUser('GRID_WORKER');
  return { name: user.name, role: user.role, token: () => tokenForSeedUser(user) };
}

export interface RunningGateway {
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** The Apollo gateway over a static supergraph, served with `/health`, `/ready` and `/explorer`. */
export async function startGateway(options: GatewayOptions, port: number): Promise<RunningGateway> {
  const production = options.production ?? false;
  const overrides = options.subgraphUrls ?? {};
  const subgraphs = subgraphsOf(options.supergraphSdl, overrides);
  // A subgraph given several URLs: requests spread over its healthy replicas.
  const replicas = new SubgraphReplicas(subgraphs, {
    logger: options.logger,
    ...(options.replicaProbeMs === undefined ? {} : { probeMs: options.replicaProbeMs }),
  });
  replicas.start();
  const metrics = options.metrics ?? new ServiceMetrics('gateway');
  let apiSchema: GraphQLSchema | undefined;
  const { gateway, closeConnections } = createApolloGateway({
    supergraphSdl: options.supergraphSdl,
    overrides,
    replicas,
    metrics,
    ...(options.subgraphConnections ? { connections: options.subgraphConnections } : {}),
    ...(options.mergeInFlight === undefined ? {} : { mergeInFlight: options.mergeInFlight }),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => {
    apiSchema = loaded;
  });
  let ready = false;
  const verify = options.verifyToken ?? createTokenVerifier();
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = new RateLimiter({ ...rateLimit, ...(options.now ? { now: options.now } : {}) });
  const trustedProxies = options.trustedProxies ?? new Set<string>();
  const queryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.queryLimits };
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // Our own rule refuses introspection in production, with its own code and a clearer sentence than Apollo's.
    introspection: true,
    // Refused before planning, so nothing reaches a subgraph.
    validationRules: [
      ...queryLimitRules(queryLimits),
      ...(production ? [IntrospectionDisabledRule] : []),
    ],
    // No "Did you mean …?" in production: it would spell out the schema to anyone guessing at it.
    hideSchemaDetailsFromClientErrors: production,
    // The default, stated: a GET or a simple-content-type POST needs `apollo-require-preflight` (the explorer sends it).
    csrfPrevention: true,
    // Our main() stops the server on SIGINT/SIGTERM and exits 0; Apollo would re-raise the signal.
    stopOnTerminationSignals: false,
    // Stack traces go to the log, never to a client, in any mode.
    includeStacktraceInErrorResponses: false,
    // Message, code, field and plain values only: no subgraph URL, raw answer or stack, in any mode.
    formatError: (formatted, error) =>
      withoutInternals(formatGraphQLError(withOwnCode(formatted, error), error, production)),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      graphqlMetricsPlugin<GatewayContext>(metrics),
      // The cost of an operation with variables, measured with their values, still before planning.
      queryCostPlugin<GatewayContext>(queryLimits),
    ],
  });
  await apollo.start();
  // The operations the gateway itself and its explorer send are planned before anyone asks.
  if (apiSchema) {
    const planned = await warmQueryPlans(gateway, apiSchema, WARM_UP_OPERATIONS, options.logger);
    options.logger.info(`planned ${planned} operations ahead of the first caller`);
  }
  ready = true;
  const readiness = createHealthRoute({
    subgraphs: () => subgraphs.map((subgraph) => ({ ...subgraph, url: replicas.urlOf(subgraph) })),
    isGatewayReady: () => ready,
  });
  const liveness = createLivenessRoute({ isGatewayReady: () => ready });
  const appeal = subgraphs.find((subgraph) => subgraph.name === 'appeal');
  // The routes beside /graphql (photos, Open311) admit a caller as /graphql does: token and rate limit.
  const admit = (request: IncomingMessage): ReturnType<typeof admitCaller> =>
    admitCaller(request, request.headers.authorization, {
      verify,
      limiter,
      rateLimit,
      trustedProxies,
    });
  const server: Server = createGraphQLHttpServer({
    apollo,
    logger: options.logger,
    metrics,
    // Refuse a bad token at the door (401), counted against the client address (past the burst: 429);
    // an absent one is an anonymous caller. Every operation counts against the caller's bucket: the
    // verified subject, else the client address.
    context: async (request) => {
      const authorization = request.headers.authorization;
      const caller = await admitCaller(request, authorization, {
        verify,
        limiter,
        rateLimit,
        trustedProxies,
      });
      const requestId = currentRequest()?.requestId;
      return {
        caller,
        ...(authorization ? { authorization } : {}),
        ...(requestId ? { requestId } : {}),
      };
    },
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    browserLandingPath: '/explorer',
    routes: {
      // Alive: answers whatever the subgraphs do (an orchestrator's liveness probe).
      '/health': liveness,
      // Ready to take traffic: the supergraph loaded and every subgraph ready.
      '/ready': readiness,
      '/metrics': async () => ({
        status: 200,
        contentType: metrics.contentType,
        body: await metrics.text(),
      }),
      ...explorerRoutes(production ? undefined : explorerSignIn()),
      // Development sign-in (seed users, their tokens): absent from a production gateway altogether.
      ...(production ? {} : developmentSignInRoutes()),
      ...(options.appConfig ? appConfigRoute(options.appConfig) : {}),
      // 照片: uploads and reads, through the same door as /graphql, to the appeal subgraph that owns them.
      ...(appeal
        ? photoProxyRoutes({
            appealUrl: () => replicas.urlOf(appeal),
            admit,
            subgraphHeaders: async () => {
              const requestId = currentRequest()?.requestId;
              return {
                [SERVICE_AUTHORIZATION_HEADER]: await serviceAuthorization('gateway'),
                ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
              };
            },
          })
        : {}),
      // Open311 GeoReport v2 (docs/OPEN311.md): a face over this gateway's own executor, as the caller.
      ...open311Routes({
        apollo,
        admit,
        requestId: () => currentRequest()?.requestId,
      }),
    },
    ...(options.webApp ? { fallback: webAppFallback(options.webApp) } : {}),
  });
  const boundPort = await listen(server, port, options.host ?? '127.0.0.1');
  const url = `http://localhost:${boundPort}/graphql`;
  options.logger.info(`gateway ready at ${url}`, {
    subgraphs: subgraphs.map((subgraph) => `${subgraph.name}=${subgraph.url}`),
  });
  return {
    port: boundPort,
    url,
    async stop() {
      ready = false;
      // Requests in flight finish (up to drainMs) before Apollo stops.
      await drainServer(server, options.drainMs ?? DEFAULT_DRAIN_MS);
      await apollo.stop();
      await replicas.stop();
      closeConnections();
    },
  };
}
