export { type MainOptions, runSubgraphMain, type SubgraphRuntime } from './run-main';
export { type BackgroundWorker, type RunningSubgraph, startSubgraph, type StartOptions, type SubgraphDefinition, verifyOrReject } from './subgraph-server';
