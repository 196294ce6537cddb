import type { IncomingMessage } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { closeServer, createGraphQLHttpServer, listen } from '@erqi/shared/util-http-server';
import type { Logger } from '@erqi/shared/util-logging';
import { graphqlMetricsPlugin, type ServiceMetrics } from '@erqi/shared/util-metrics';
import { type Caller, createTokenVerifier, type TokenVerifier } from '@erqi/shared/util-auth';
import { ErrorCode, formatGraphQLError } from '@erqi/shared/util-errors';
import { GraphQLError, type GraphQLSchema, Kind } from 'graphql';
import type { DataSource } from 'typeorm';

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
}

/** A bad token ends the request with HTTP 401 and UNAUTHENTICATED, before any resolver runs. */
export async function verifyOrReject(
  verify: TokenVerifier,
  authorization: string | undefined,
): Promise<Caller> {
  try {
    return await verify(authorization);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'The token is not valid here';
    throw new GraphQLError(message, {
      extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
    });
  }
}

/** Serves a subgraph at `/graphql` with `/health` (200 when its database answers), until `stop()`. */
export async function startSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  options: StartOptions,
): Promise<RunningSubgraph> {
  const production = options.production ?? process.env['NODE_ENV'] === 'production';
  const verify = options.verifyToken ?? createTokenVerifier();
  // Which requests may resolve references (`_entities`) or read the SDL (`_service`): any signed-in
  // caller or one of our services; never an anonymous caller going around the gateway.
  // Kept on the context under a symbol: Apollo copies the context per operation, so a WeakMap would lose it.
  const referenceAccess = Symbol('referenceAccess');
  const apollo = new ApolloServer<TContext>({
    schema: definition.schema,
    introspection: !production,
    // Our main() stops the server on SIGINT/SIGTERM and exits 0; Apollo would re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted, error) => formatGraphQLError(formatted, error, production),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      graphqlMetricsPlugin<TContext>(definition.metrics),
      {
        requestDidStart: async () => ({
          didResolveOperation: async ({ operation, contextValue }) => {
            const federationFields = (operation?.selectionSet.selections ?? []).some(
              (selection) =>
                selection.kind === Kind.FIELD &&
                (selection.name.value === '_entities' || selection.name.value === '_service'),
            );
            if (
              federationFields &&
              (contextValue as Record<symbol, unknown>)[referenceAccess] !== true
            ) {
              throw new GraphQLError(
                '_entities and _service answer only signed-in callers and the platform’s own services',
                {
                  extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
                },
              );
            }
          },
        }),
      },
    ],
  });
  await apollo.start();
  const server = createGraphQLHttpServer({
    apollo,
    logger: options.logger,
    metrics: definition.metrics,
    // Every subgraph verifies the tokens itself: it never trusts identity a caller (or a proxy) asserts.
    context: async (request) => {
      const caller = await verifyOrReject(verify, request.headers.authorization);
      const serviceHeader = request.headers[SERVICE_AUTHORIZATION_HEADER];
      const service =
        typeof serviceHeader === 'string' ? await verifyOrReject(verify, serviceHeader) : undefined;
      const context = await definition.createContext(request, caller);
      return Object.assign(context, {
        [referenceAccess]: caller.kind !== 'anonymous' || service?.kind === 'service',
      });
    },
    routes: {
      '/metrics': async () => ({
        status: 200,
        contentType: definition.metrics.contentType,
        body: await definition.metrics.text(),
      }),
      '/health': async () => {
        try {
          await definition.dataSource.query('SELECT 1');
          const warnings = definition.healthWarnings?.() ?? [];
          return {
            status: 200,
            body: {
              status: 'ok',
              service: definition.name,
              ...(warnings.length > 0 ? { warnings } : {}),
            },
          };
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
    async stop() {
      for (const worker of [...(definition.workers ?? [])].reverse()) await worker.stop();
      await closeServer(server);
      await apollo.stop();
      if (definition.dataSource.isInitialized) await definition.dataSource.destroy();
    },
  };
}
