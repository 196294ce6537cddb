export {
  closeServer,
  createGraphQLHttpServer,
  type GraphQLHttpServerOptions,
  listen,
  REQUEST_ID_HEADER,
  type RouteHandler,
} from './graphql-http-server';
