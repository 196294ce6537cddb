export { closeServer, createGraphQLHttpServer, type GraphQLHttpServerOptions, listen, type RouteHandler } from './graphql-http-server';
export { createLogger, type Logger } from './logger';
export { isInRequest, runInRequest } from './request-scope';
export { runUntilSignalled } from './run-service';
