export {
  createGraphQLHttpServer,
  DEFAULT_DRAIN_MS,
  drainServer,
  type GraphQLHttpServerOptions,
  listen,
  REQUEST_ID_HEADER,
} from './graphql-http-server';
export { BodyTooLarge, readRequestBody, type RouteHandler, type RouteResult } from './http-routes';
