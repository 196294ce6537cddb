export { type SubgraphDependencies, subgraphDependencies } from './dependencies';
export { type MainOptions, runSubgraphMain, type SeedDefinition } from './run-main';
export {
  type BackgroundWorker,
  type HealthWarning,
  type RunningSubgraph,
  SERVICE_AUTHORIZATION_HEADER,
  startSubgraph,
  type StartOptions,
  type SubgraphDefinition,
  verifyOrReject,
} from './subgraph-server';
