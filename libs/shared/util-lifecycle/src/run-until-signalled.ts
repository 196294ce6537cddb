import type { Logger } from '@erqi/shared/util-logging';
import { stopTracing } from '@erqi/shared/util-tracing';

/**
 * The body of a service's `main()`: starts it, and on SIGINT/SIGTERM stops it cleanly and exits 0;
 * a failure to start is logged and exits 1. `start` may return nothing for a run that ends by itself
 * (e.g. `--seed`).
 */
export async function runUntilSignalled(
  logger: Logger,
  start: () => Promise<{ stop(): Promise<void> } | undefined>,
): Promise<void> {
  let running: { stop(): Promise<void> } | undefined;
  const shutdown = async (signal: string): Promise<void> => {
    logger.info(`${signal} received, stopping`);
    await running?.stop();
    // The last spans (of the stop itself too) are still buffered: export them before exiting.
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    running = await start();
  } catch (error) {
    logger.error('could not start', {
      error: error instanceof Error ? error.message : String(error),
    });
    await running?.stop();
    await stopTracing();
    process.exit(1);
  }
}
