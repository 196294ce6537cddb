export {
  collectOutput,
  startNodeProcess,
  stopProcess,
  waitForHealthy,
  WORKSPACE_ROOT,
} from './processes';
