export { buildFederatedSchema, type ReferenceResolvers } from './build-subgraph-schema';
export { printSubgraphSdl } from './print-subgraph-sdl';
