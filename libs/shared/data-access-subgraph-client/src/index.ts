export {
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  type EntityRepresentation,
  fetchEntities,
  type FetchEntitiesOptions,
  querySubgraph,
  type SubgraphEndpoint,
  type SubgraphError,
  type SubgraphQueryOptions,
  type SubgraphResponse,
  subgraphUnavailable,
  unexpectedError,
} from './subgraph-client';
