// First: tracing must start before the modules it instruments load.
import './tracing';
import { authConfigOf, createTokenVerifier } from '@erqi/shared/util-auth';
import { ConfigError } from '@erqi/shared/util-config';
import { runUntilSignalled } from '@erqi/shared/util-lifecycle';
import { trustedProxiesFrom } from '@erqi/shared/util-rate-limit';
import { createLogger } from '@erqi/shared/util-logging';
import {
  defaultWebAppDir,
  type GatewayConfig,
  gatewayLimits,
  loadGatewayConfig,
  readSupergraphSdl,
  subgraphUrlOverrides,
} from './config';
import { appConfigOf } from './app-config/app-config';
import { startGateway } from './gateway';
import { originsOf } from './web-app/web-app';

/** The config, or the process ends with one line per bad variable: the gateway never starts half-configured. */
function configOrExit(): GatewayConfig {
  try {
    return loadGatewayConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger('gateway', { nodeEnv: process.env['NODE_ENV'] }).error(error.message, {
      problems: error.problems,
    });
    process.exit(1);
  }
}

/** The gateway: one GraphQL endpoint over the four subgraphs. Port 4000. */
const config = configOrExit();
const logger = createLogger('gateway', {
  level: config.LOG_LEVEL,
  format: config.LOG_FORMAT,
  nodeEnv: config.NODE_ENV,
});
void runUntilSignalled(logger, () =>
  startGateway(
    {
      supergraphSdl: readSupergraphSdl(),
      subgraphUrls: subgraphUrlOverrides(config),
      logger,
      production: config.NODE_ENV === 'production',
      host: config.HOST,
      trustedProxies: trustedProxiesFrom(config.GATEWAY_TRUSTED_PROXIES),
      // In production without a real key source this throws, and the gateway exits saying what to set.
      verifyToken: createTokenVerifier(authConfigOf(config)),
      drainMs: config.SHUTDOWN_DRAIN_MS,
      webApp: {
        directory: config.WEB_APP_DIR ?? defaultWebAppDir(),
        // The app exchanges its sign-in code at the OpenID provider's token endpoint, under the issuer.
        connectOrigins: originsOf([config.AUTH_ISSUER]),
      },
      appConfig: appConfigOf(config),
      replicaProbeMs: config.GATEWAY_REPLICA_PROBE_MS,
      subgraphConnections: config.GATEWAY_SUBGRAPH_CONNECTIONS,
      mergeInFlight: config.GATEWAY_MERGE_IN_FLIGHT,
      ...gatewayLimits(config),
    },
    config.PORT,
  ),
);
