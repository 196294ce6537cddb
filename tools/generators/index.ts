export {
  subgraphGenerator,
  type SubgraphGeneratorOptions,
  WIRING_FILES,
} from './subgraph/generator';
