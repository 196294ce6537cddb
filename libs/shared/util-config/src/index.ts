export { renderEnvExample } from './env-example';
export { ConfigError, loadConfig } from './load-config';
export {
  type ServiceConfig,
  serviceSettings,
  type SubgraphConfig,
  subgraphSettings,
} from './settings';
