import { createLogger, runUntilSignalled } from '@erqi/shared/util-http-server';
import { gatewayLimitsFromEnv, readSupergraphSdl, subgraphUrlOverrides } from './config';
import { startGateway } from './gateway';

/** The gateway: one GraphQL endpoint over the four subgraphs. Port 4000. */
const logger = createLogger('gateway');
void runUntilSignalled(logger, () =>
  startGateway(
    { supergraphSdl: readSupergraphSdl(), subgraphUrls: subgraphUrlOverrides(), logger, ...gatewayLimitsFromEnv() },
    Number(process.env['PORT'] ?? 4000),
  ),
);
