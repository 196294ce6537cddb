export { buildFederatedSchema, type ReferenceResolvers } from './build-subgraph-schema';
export { printSubgraphSdl, writeSubgraphSdl } from './print-subgraph-sdl';
export { type ArgumentGuardOptions, guardArguments } from './guard-arguments';
