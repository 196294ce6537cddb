export {
  createGraphQLHttpServer,
  DEFAULT_DRAIN_MS,
  drainServer,
  type GraphQLHttpServerOptions,
  listen,
  REQUEST_ID_HEADER,
  type RouteHandler,
} from './graphql-http-server';
