export { type SubgraphDependencies, subgraphDependencies } from './dependencies';
export {
  type MainOptions,
  runSubgraphMain,
  type SeedDefinition,
  seedOnceWhenEmpty,
} from './run-main';
export {
  type BackgroundWorker,
  type HealthWarning,
  type RunningSubgraph,
  SERVICE_AUTHORIZATION_HEADER,
  startSubgraph,
  type StartOptions,
  type SubgraphDefinition,
} from './subgraph-server';
export { admitCaller, type AdmissionOptions, rateLimited, verifyOrReject } from './admission';
export { federationFieldsOf } from './federation-guard';
export { callerRoute, type CallerRouteHandler, errorAnswer } from './caller-routes';
