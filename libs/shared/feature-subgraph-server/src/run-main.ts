import type { BaseContext } from '@apollo/server';
import { type DatabaseTarget, databaseTargetFromEnv } from '@erqi/shared/data-access-database';
import { createLogger, type Logger } from '@erqi/shared/util-http-server';
import { type RunningSubgraph, startSubgraph, type SubgraphDefinition } from './subgraph-server';

export interface MainOptions<TContext extends BaseContext> {
  name: string;
  /** The contract's port for this subgraph, overridable with `PORT`. */
  defaultPort: number;
  create: (target: DatabaseTarget, logger: Logger) => Promise<SubgraphDefinition<TContext>>;
}

/** The body of a subgraph's `main.ts`: start, log, and on SIGINT/SIGTERM stop cleanly, then exit. */
export async function runSubgraphMain<TContext extends BaseContext>(options: MainOptions<TContext>): Promise<void> {
  const logger = createLogger(options.name);
  let running: RunningSubgraph | undefined;
  const shutdown = async (signal: string): Promise<void> => {
    logger.info(`${signal} received, stopping`);
    await running?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    const target = databaseTargetFromEnv();
    logger.info(`using ${target.kind === 'postgres' ? `PostgreSQL ${redactPassword(target.url)}` : `embedded PGlite in ${target.dataDir}`}`);
    const definition = await options.create(target, logger);
    running = await startSubgraph(definition, { port: Number(process.env['PORT'] ?? options.defaultPort), logger });
  } catch (error) {
    logger.error('could not start', { error: error instanceof Error ? error.message : String(error) });
    await running?.stop();
    process.exit(1);
  }
}

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
