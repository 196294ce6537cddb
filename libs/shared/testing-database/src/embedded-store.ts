import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type DatabaseTarget,
  initializeServiceDataSource,
} from '@erqi/shared/data-access-database';
import type { DataSource } from 'typeorm';

/** A fresh, empty PGlite folder for one test; remove it with `cleanup`. */
export function temporaryPgliteTarget(): { target: DatabaseTarget; cleanup: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'erqi-pglite-'));
  return {
    target: { kind: 'pglite', dataDir },
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** The tables in a schema, sorted, as the database itself reports them. */
export async function tablesIn(dataSource: DataSource, schema: string): Promise<string[]> {
  const rows = (await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema],
  )) as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

/**
 * Runs every migration up on `dataSource`, then every one down again, and reports the tables seen
 * after each direction: what the embedded-store test checks.
 */
export async function migrateUpAndDown(
  dataSource: DataSource,
  schema: string,
): Promise<{ afterUp: string[]; afterDown: string[] }> {
  await initializeServiceDataSource(dataSource);
  const afterUp = await tablesIn(dataSource, schema);
  for (let i = 0; i < dataSource.migrations.length; i += 1)
    await dataSource.undoLastMigration({ transaction: 'each' });
  const afterDown = await tablesIn(dataSource, schema);
  return { afterUp, afterDown };
}
