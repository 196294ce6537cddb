export { type GraphQLResponse, postGraphQL } from './graphql-client';
