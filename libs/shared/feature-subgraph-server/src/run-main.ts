import type { BaseContext } from '@apollo/server';
import { type DatabaseTarget, databaseTargetFromEnv, StatementCounter } from '@erqi/shared/data-access-database';
import { createLogger, type Logger, runUntilSignalled } from '@erqi/shared/util-http-server';
import { createKafkaClient } from '@erqi/shared/data-access-events';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { startSubgraph, type SubgraphDefinition } from './subgraph-server';

/** What a subgraph's `main()` hands to its factory. */
export interface SubgraphRuntime {
  target: DatabaseTarget;
  logger: Logger;
  statements: StatementCounter;
  /** The Kafka cluster (`KAFKA_BROKERS`, else the local broker), for outbox relays and consumers. */
  kafka: Kafka;
}

export interface MainOptions<TContext extends BaseContext> {
  name: string;
  /** The contract's port for this subgraph, overridable with `PORT`. */
  defaultPort: number;
  /** Builds the subgraph; pass `statements` to its data source as the SQL logger so `/metrics` can count. */
  create: (runtime: SubgraphRuntime) => Promise<SubgraphDefinition<TContext>>;
  /** The article's seed data for this service, and a table that is empty until it is loaded. */
  seed: { table: string; run: (dataSource: DataSource) => Promise<unknown> };
}

/**
 * `SEED_WHEN_EMPTY=true` (set by `npm start`) loads the seed data when the service's main table is
 * empty, so a fresh database starts with the article's places and cases and a used one is left alone.
 * `--seed` loads (upserts) it and exits: `npm run seed`.
 */
async function seedIfAsked<TContext extends BaseContext>(options: MainOptions<TContext>, dataSource: DataSource, logger: Logger): Promise<void> {
  if (process.argv.includes('--seed')) {
    await options.seed.run(dataSource);
    logger.info('seed data loaded');
    return;
  }
  if (process.env['SEED_WHEN_EMPTY'] !== 'true') return;
  const [row] = (await dataSource.query(`SELECT EXISTS (SELECT 1 FROM ${options.seed.table}) AS "hasRows"`)) as Array<{ hasRows: boolean }>;
  if (row?.hasRows) return;
  await options.seed.run(dataSource);
  logger.info(`empty database: loaded the seed data`);
}

/** The body of a subgraph's `main.ts`: start, log, and on SIGINT/SIGTERM stop cleanly, then exit. */
export async function runSubgraphMain<TContext extends BaseContext>(options: MainOptions<TContext>): Promise<void> {
  const logger = createLogger(options.name);
  await runUntilSignalled(logger, async () => {
    const target = databaseTargetFromEnv();
    logger.info(`using ${target.kind === 'postgres' ? `PostgreSQL ${redactPassword(target.url)}` : `embedded PGlite in ${target.dataDir}`}`);
    const statements = new StatementCounter();
    const kafka = createKafkaClient({ clientId: options.name, logger });
    const definition = { statements, ...(await options.create({ target, logger, statements, kafka })) };
    await seedIfAsked(options, definition.dataSource, logger);
    if (process.argv.includes('--seed')) {
      await definition.dataSource.destroy();
      return undefined;
    }
    return startSubgraph(definition, { port: Number(process.env['PORT'] ?? options.defaultPort), host: process.env['HOST'], logger });
  });
}

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
