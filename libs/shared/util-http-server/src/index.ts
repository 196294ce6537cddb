export {
  createGraphQLHttpServer,
  DEFAULT_DRAIN_MS,
  drainServer,
  type GraphQLHttpServerOptions,
  listen,
  readRequestBody,
  REQUEST_ID_HEADER,
  type RouteHandler,
  type RouteResult,
} from './graphql-http-server';
