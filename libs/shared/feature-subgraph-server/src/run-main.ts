import type { BaseContext } from '@apollo/server';
import { databaseTargetFromEnv, withStartupLock } from '@erqi/shared/data-access-database';
import { createKafkaClient } from '@erqi/shared/data-access-events';
import { authConfigOf, createTokenVerifier } from '@erqi/shared/util-auth';
import { systemClock } from '@erqi/shared/util-clock';
import { ConfigError, type SubgraphConfig } from '@erqi/shared/util-config';
import { runUntilSignalled } from '@erqi/shared/util-lifecycle';
import { createLogger, type Logger } from '@erqi/shared/util-logging';
import { ServiceMetrics } from '@erqi/shared/util-metrics';
import type { DataSource } from 'typeorm';
import type { SubgraphDependencies } from './dependencies';
import { startSubgraph, type SubgraphDefinition } from './subgraph-server';

/** The article's seed data for a service, and a table that is empty until it is loaded. */
export interface SeedDefinition {
  table: string;
  run: (dataSource: DataSource) => Promise<unknown>;
}

export interface MainOptions<
  TContext extends BaseContext,
  TConfig extends SubgraphConfig,
  TOptions extends object,
> {
  name: string;
  /** Reads and checks every variable the service uses (its config.ts); throws `ConfigError` naming the bad ones. */
  loadConfig: (env: NodeJS.ProcessEnv) => TConfig;
  /** The subgraph's own options, from its config. */
  options: (config: TConfig) => TOptions;
  create: (dependencies: SubgraphDependencies<TOptions>) => Promise<SubgraphDefinition<TContext>>;
  seed: SeedDefinition;
}

/**
 * `SEED_WHEN_EMPTY=true` (set by `npm start`) loads the seed data when the service's main table is
 * empty, so a fresh database starts with the article's places and cases and a used one is left alone.
 * `--seed` loads (upserts) it and exits: `npm run seed`.
 */
async function seedIfAsked(
  seed: SeedDefinition,
  seedWhenEmpty: boolean,
  dataSource: DataSource,
  logger: Logger,
): Promise<void> {
  if (process.argv.includes('--seed')) {
    await seed.run(dataSource);
    logger.info('seed data loaded');
    return;
  }
  if (!seedWhenEmpty) return;
  if (await seedOnceWhenEmpty(seed, dataSource))
    logger.info(`empty database: loaded the seed data`);
}

/**
 * Loads the seed when the service's main table is empty, under the start-up lock: of replicas started
 * together on an empty database, the first loads it and the others find it there. True when it loaded.
 */
export function seedOnceWhenEmpty(seed: SeedDefinition, dataSource: DataSource): Promise<boolean> {
  return withStartupLock(dataSource, async () => {
    const [row] = (await dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM ${seed.table}) AS "hasRows"`,
    )) as Array<{ hasRows: boolean }>;
    if (row?.hasRows) return false;
    await seed.run(dataSource);
    return true;
  });
}

/** The config, or the process ends with one line per bad variable: a service never starts half-configured. */
function configOrExit<TConfig>(name: string, load: (env: NodeJS.ProcessEnv) => TConfig): TConfig {
  try {
    return load(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger(name, { nodeEnv: process.env['NODE_ENV'] }).error(error.message, {
      problems: error.problems,
    });
    process.exit(1);
  }
}

/** The body of a subgraph's `main.ts`: read the config, start, log, and on SIGINT/SIGTERM stop cleanly, then exit. */
export async function runSubgraphMain<
  TContext extends BaseContext,
  TConfig extends SubgraphConfig,
  TOptions extends object,
>(main: MainOptions<TContext, TConfig, TOptions>): Promise<void> {
  const config = configOrExit(main.name, main.loadConfig);
  const logger = createLogger(main.name, {
    level: config.LOG_LEVEL,
    format: config.LOG_FORMAT,
    nodeEnv: config.NODE_ENV,
  });
  await runUntilSignalled(logger, async () => {
    // First: in production without a real key source this throws, and the service exits saying what to set.
    const verifyToken = createTokenVerifier(authConfigOf(config));
    const target = databaseTargetFromEnv({
      DATABASE_URL: config.DATABASE_URL,
      PGLITE_DATA_DIR: config.PGLITE_DATA_DIR,
    });
    logger.info(
      `using ${target.kind === 'postgres' ? `PostgreSQL ${redactPassword(target.url)}` : `embedded PGlite in ${target.dataDir}`}`,
    );
    const kafka = createKafkaClient({
      clientId: main.name,
      logger,
      brokers: config.KAFKA_BROKERS.split(','),
      // The service's own principal: KAFKA_SASL_* in production, its development file otherwise.
      principal: main.name,
      ...(config.KAFKA_SASL_USERNAME
        ? {
            credentials: {
              username: config.KAFKA_SASL_USERNAME,
              password: config.KAFKA_SASL_PASSWORD ?? '',
              mechanism: config.KAFKA_SASL_MECHANISM,
            },
          }
        : {}),
    });
    const metrics = new ServiceMetrics(main.name);
    const definition = await main.create({
      target,
      logger,
      metrics,
      clock: systemClock,
      kafka,
      options: main.options(config),
    });
    await seedIfAsked(main.seed, config.SEED_WHEN_EMPTY, definition.dataSource, logger);
    if (process.argv.includes('--seed')) {
      await definition.dataSource.destroy();
      return undefined;
    }
    return startSubgraph(definition, {
      port: config.PORT,
      host: config.HOST,
      logger,
      production: config.NODE_ENV === 'production',
      verifyToken,
      drainMs: config.SHUTDOWN_DRAIN_MS,
    });
  });
}

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
