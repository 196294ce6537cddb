import { createLogger } from '@erqi/shared/util-http-server';
import { gatewayLimitsFromEnv, readSupergraphSdl, subgraphUrlOverrides } from './config';
import { type RunningGateway, startGateway } from './gateway';

/** The gateway: one GraphQL endpoint over the four subgraphs. Port 4000. */
async function main(): Promise<void> {
  const logger = createLogger('gateway');
  let running: RunningGateway | undefined;
  const shutdown = async (signal: string): Promise<void> => {
    logger.info(`${signal} received, stopping`);
    await running?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    running = await startGateway(
      { supergraphSdl: readSupergraphSdl(), subgraphUrls: subgraphUrlOverrides(), logger, ...gatewayLimitsFromEnv() },
      Number(process.env['PORT'] ?? 4000),
    );
  } catch (error) {
    logger.error('could not start', { error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
}

void main();
