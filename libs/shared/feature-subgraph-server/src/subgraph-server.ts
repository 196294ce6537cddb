import type { IncomingMessage } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import {
  createGraphQLHttpServer,
  DEFAULT_DRAIN_MS,
  drainServer,
  listen,
} from '@erqi/shared/util-http-server';
import type { Logger } from '@erqi/shared/util-logging';
import { graphqlMetricsPlugin, type ServiceMetrics } from '@erqi/shared/util-metrics';
import { type Caller, createTokenVerifier, type TokenVerifier } from '@erqi/shared/util-auth';
import { ErrorCode, formatGraphQLError } from '@erqi/shared/util-errors';
import {
  DEFAULT_QUERY_LIMITS,
  queryCostPlugin,
  queryLimitRules,
  type QueryLimits,
  withOwnCode,
} from '@erqi/shared/util-query-limits';
import { DEFAULT_RATE_LIMIT, type RateLimit, RateLimiter } from '@erqi/shared/util-rate-limit';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { admitCaller } from './admission';
import { callerRoute, type CallerRouteHandler } from './caller-routes';
import { federationFieldsOf, federationFieldsRefused } from './federation-guard';
import { inputErrorsPlugin } from './input-errors';

export interface SubgraphDefinition<TContext extends BaseContext> {
  /** e.g. `grid`; used in logs and health answers. */
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  /** Builds a request's context from the verified caller (anonymous without a token). */
  createContext: (request: IncomingMessage, caller: Caller) => Promise<TContext>;
  /** Published at `/metrics`: process, HTTP, GraphQL and SQL figures, and what the workers registered. */
  metrics: ServiceMetrics;
  /** Background work beside the API (outbox relay, event consumers): started after it listens, stopped first. */
  workers?: BackgroundWorker[];
  /**
   * What an operator should act on soon although the subgraph serves (e.g. the working calendar's data
   * running out): listed under `warnings` in `/health`, which stays 200. @default none
   */
  healthWarnings?: () => HealthWarning[];
  /**
   * Plain HTTP routes beside `/graphql` that act for a caller (the appeal subgraph's `/photos`),
   * admitted exactly as an operation is. @default none
   */
  routes?: Record<string, CallerRouteHandler>;
}

/** A warning in a `/health` answer: a code to alert on and words saying what to do. */
export interface HealthWarning {
  code: string;
  message: string;
  [detail: string]: unknown;
}

/** A relay or consumer: `launch` must not block or throw (it retries on its own); `stop` waits for it. */
export interface BackgroundWorker {
  launch(): void;
  stop(): Promise<void>;
}

/** The header in which the gateway (or another subgraph) sends its own service token, beside the user's. */
export const SERVICE_AUTHORIZATION_HEADER = 'x-service-authorization';

export interface RunningSubgraph {
  name: string;
  port: number;
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** Interface to listen on. @default '127.0.0.1' (containers set HOST=0.0.0.0) */
  host?: string | undefined;
  logger: Logger;
  /** Hide internals of unexpected errors. @default NODE_ENV === 'production' */
  production?: boolean;
  /** @default createTokenVerifier() (AUTH_* settings, else the development key) */
  verifyToken?: TokenVerifier;
  /** The gateway's depth, alias and cost limits, applied again to callers going around it. @default DEFAULT_QUERY_LIMITS */
  queryLimits?: QueryLimits;
  /** Per caller not carrying a service token (token subject, else address). @default { perSecond: 20, burst: 40 } */
  rateLimit?: RateLimit;
  /** The rate limiter's clock, in milliseconds (tests). @default performance.now */
  now?: () => number;
  /** On stop, how long requests in flight may take to finish before their connections are cut. @default 10_000 (SHUTDOWN_DRAIN_MS) */
  drainMs?: number;
  /**
   * A user's token is believed only beside a service token (the gateway's): a user calling a subgraph
   * directly is refused, and an anonymous one sees only what is public. Off in development and in
   * tests, which call a subgraph as a user to test its rules. @default production
   */
  usersOnlyThroughServices?: boolean;
}

/** Serves a subgraph at `/graphql` with `/health` (200 when its database answers), until `stop()`. */
export async function startSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  options: StartOptions,
): Promise<RunningSubgraph> {
  const production = options.production ?? process.env['NODE_ENV'] === 'production';
  const verify = options.verifyToken ?? createTokenVerifier();
  const queryLimits = options.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const limiter = new RateLimiter({ ...rateLimit, ...(options.now ? { now: options.now } : {}) });
  const usersOnlyThroughServices = options.usersOnlyThroughServices ?? production;
  // Which requests may resolve references (`_entities`) or read the SDL (`_service`): the gateway and
  // our services (a service token); never a user or an anonymous caller going around the gateway.
  // Kept on the context under a symbol: Apollo copies the context per operation, so a WeakMap would lose it.
  const serviceAccess = Symbol('serviceAccess');
  const apollo = new ApolloServer<TContext>({
    schema: definition.schema,
    introspection: !production,
    // The gateway's limits again: a subgraph called directly must not answer what the gateway refuses.
    validationRules: queryLimitRules(queryLimits),
    // No "Did you mean …?" in production: it would spell out the schema to anyone guessing at it.
    hideSchemaDetailsFromClientErrors: production,
    // Our main() stops the server on SIGINT/SIGTERM and exits 0; Apollo would re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted, error) =>
      formatGraphQLError(withOwnCode(formatted, error), error, production),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      graphqlMetricsPlugin<TContext>(definition.metrics),
      queryCostPlugin<TContext>(queryLimits),
      inputErrorsPlugin<TContext>(),
      {
        requestDidStart: async () => ({
          // On the resolved operation, fragments and aliases followed: `{ ... on Query { s: _service { sdl } } }` is `_service`.
          didResolveOperation: async ({ document, operation, contextValue }) => {
            if (!operation) return;
            const fields = federationFieldsOf(document, operation);
            if (
              fields.length > 0 &&
              (contextValue as Record<symbol, unknown>)[serviceAccess] !== true
            )
              throw federationFieldsRefused(fields);
          },
        }),
      },
    ],
  });
  await apollo.start();
  // Every subgraph verifies the tokens itself: it never trusts identity a caller (or a proxy) asserts.
  // Bad tokens count against the caller's address; callers with a service token (the gateway, which
  // limits its own callers) are not limited here. The same door for operations and plain routes.
  const admit = async (
    request: IncomingMessage,
  ): Promise<{ caller: Caller; viaService: boolean }> => {
    const admission = { verify, limiter, rateLimit };
    const serviceHeader = request.headers[SERVICE_AUTHORIZATION_HEADER];
    const service =
      typeof serviceHeader === 'string'
        ? await admitCaller(request, serviceHeader, { ...admission, exempt: isService })
        : undefined;
    const viaService = service?.kind === 'service';
    const caller = await admitCaller(request, request.headers.authorization, {
      ...admission,
      exempt: (verified) => viaService || isService(verified),
    });
    if (usersOnlyThroughServices && caller.kind === 'user' && !viaService)
      throw new GraphQLError(
        'This service answers signed-in users only through the gateway; send the request there',
        { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } },
      );
    return { caller, viaService };
  };
  // What /health and /ready answer when all is well, with the service's warnings (they leave it serving).
  const alive = () => {
    const warnings = definition.healthWarnings?.() ?? [];
    return {
      status: 200,
      body: {
        status: 'ok',
        service: definition.name,
        ...(warnings.length > 0 ? { warnings } : {}),
      },
    };
  };
  const server = createGraphQLHttpServer({
    apollo,
    logger: options.logger,
    metrics: definition.metrics,
    context: async (request) => {
      const { caller, viaService } = await admit(request);
      const context = await definition.createContext(request, caller);
      return Object.assign(context, { [serviceAccess]: viaService || isService(caller) });
    },
    routes: {
      ...Object.fromEntries(
        Object.entries(definition.routes ?? {}).map(([path, handler]) => [
          path,
          callerRoute(async (request) => (await admit(request)).caller, handler),
        ]),
      ),
      '/metrics': async () => ({
        status: 200,
        contentType: definition.metrics.contentType,
        body: await definition.metrics.text(),
      }),
      // Liveness: the process serves. Never the database's state: restarting the service would not
      // bring PostgreSQL back, and an orchestrator would restart every replica at once.
      '/health': async () => alive(),
      // Readiness: its database answers, so requests sent here can be served.
      '/ready': async () => {
        try {
          await definition.dataSource.query('SELECT 1');
          return alive();
        } catch (error) {
          return {
            status: 503,
            body: {
              status: 'database unavailable',
              service: definition.name,
              error: String(error),
            },
          };
        }
      },
    },
  });
  const port = await listen(server, options.port, options.host);
  const url = `http://127.0.0.1:${port}/graphql`;
  options.logger.info(`ready at ${url}`);
  for (const worker of definition.workers ?? []) worker.launch();
  return {
    name: definition.name,
    port,
    url,
    // Stop taking requests and let those in flight finish (up to `drainMs`), then stop the workers in
    // reverse order, then Apollo and the database.
    async stop() {
      await drainServer(server, options.drainMs ?? DEFAULT_DRAIN_MS);
      for (const worker of [...(definition.workers ?? [])].reverse()) await worker.stop();
      await apollo.stop();
      if (definition.dataSource.isInitialized) await definition.dataSource.destroy();
    },
  };
}

const isService = (caller: Caller): boolean => caller.kind === 'service';
