export { type MainOptions, runSubgraphMain } from './run-main';
export { type RunningSubgraph, startSubgraph, type StartOptions, type SubgraphDefinition } from './subgraph-server';
