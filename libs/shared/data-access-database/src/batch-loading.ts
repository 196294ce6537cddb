import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are opaque to callers: one that is not a UUID names nothing here, and must not reach a uuid column. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The distinct ids of a batch that can be in a uuid column; others match nothing and must not fail the batch. */
export function uuidsOf(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isUuid))];
}

/** Groups rows under the keys asked for, in the order asked (an empty list where none). */
export function groupRowsBy<TRow>(keys: readonly string[], rows: TRow[], keyOf: (row: TRow) => string): TRow[][] {
  const groups = new Map<string, TRow[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Loads rows by id in one query per batch, answering in the order asked (null where missing). */
export function byIdLoader<TEntity extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<TEntity>): DataLoader<string, TEntity | null> {
  return new DataLoader(async (ids) => {
    const wanted = uuidsOf(ids);
    const rows = wanted.length > 0 ? await dataSource.getRepository(entity).findBy({ id: In(wanted) } as never) : [];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
