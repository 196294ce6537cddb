import { mkdirSync } from 'node:fs';
import {
  DataSource,
  type DataSourceOptions,
  type EntitySchema,
  type Logger,
  type MixedList,
} from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import type { DatabaseTarget } from './database-target';
import { withStartupLock } from './startup-lock';

// TypeORM's own option types for these lists; `Function` is what it accepts for classes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassList = MixedList<Function | string | EntitySchema>;

export interface ServiceDataSourceOptions {
  /** The PostgreSQL schema the service owns; no other service reads it. */
  schema: string;
  target: DatabaseTarget;
  entities: ClassList;
  migrations: ClassList;
  /** @default undefined (no SQL logging) */
  logger?: Logger | undefined;
}

/** One data source per service, always with migrations and never with `synchronize`. */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  const common = {
    type: 'postgres',
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: options.logger,
    logging: options.logger ? ['query'] : false,
  } as const;
  if (options.target.kind === 'pglite') {
    mkdirSync(options.target.dataDir, { recursive: true });
    const driver = new PGliteDriver({ dataDir: options.target.dataDir }).driver;
    return new DataSource({ ...common, driver, extra: { max: 1 } } as DataSourceOptions);
  }
  // Every pooled connection resolves unqualified names (migrations' plain SQL) in the service's schema.
  const extra = { max: 10, options: `-c search_path=${options.schema},public` };
  return new DataSource({ ...common, url: options.target.url, extra } as DataSourceOptions);
}

/**
 * Connects, makes sure the service's schema exists (TypeORM keeps its migrations table there) and
 * migrates, under the start-up lock: replicas starting together migrate once, one after the other.
 */
export async function initializeServiceDataSource(dataSource: DataSource): Promise<DataSource> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const schema = (dataSource.options as { schema?: string }).schema;
  await withStartupLock(dataSource, async () => {
    if (schema) {
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      // PGlite has one connection and no startup options: set the search path on it directly.
      await dataSource.query(`SET search_path TO "${schema}", public`);
    }
    await dataSource.runMigrations({ transaction: 'each' });
  });
  return dataSource;
}
