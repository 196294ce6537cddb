export { collectOutput, findFreePort, startNodeProcess, stopProcess, waitForHealthy, WORKSPACE_ROOT } from './processes';
