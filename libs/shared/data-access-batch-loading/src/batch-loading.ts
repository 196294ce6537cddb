import DataLoader from 'dataloader';
import { uuidsOf } from '@erqi/shared/util-uuid';
import {
  type DataSource,
  type EntityTarget,
  In,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';

/**
 * Groups rows under the keys asked for, keeping the rows' order, and answers in the order the keys were
 * asked (an empty list where none). Keys match whatever their case: ids come back from PostgreSQL lower-cased.
 * Rows whose key is null belong to no one asked for.
 */
export function groupRowsBy<TRow>(
  keys: readonly string[],
  rows: readonly TRow[],
  keyOf: (row: TRow) => string | null,
): TRow[][] {
  const groups = new Map<string, TRow[]>();
  for (const row of rows) {
    const key = keyOf(row)?.toLowerCase();
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key.toLowerCase()) ?? []);
}

/** Loads rows by id in one query per batch, answering in the order asked (null where missing). */
export function byIdLoader<TEntity extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  entity: EntityTarget<TEntity>,
): DataLoader<string, TEntity | null> {
  return new DataLoader(async (ids) => {
    const wanted = uuidsOf(ids);
    const rows =
      wanted.length > 0
        ? await dataSource.getRepository(entity).findBy({ id: In(wanted) } as never)
        : [];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id.toLowerCase()) ?? null);
  });
}

export interface FirstPerParentOptions {
  /** The entity the rows are, read under the alias `candidate` inside the window. */
  entity: EntityTarget<ObjectLiteral>;
  /** The column naming each row's parent, e.g. `grid_cell_id`. */
  parentColumn: string;
  parentIds: readonly string[];
  /** The order within a parent, in `candidate` columns, e.g. `candidate.name, candidate.id`. */
  orderWithinParent: string;
  /** How many rows of each parent to keep. */
  first: number;
  /** Narrows the candidates (scope, status) before they are numbered, so a parent's first are the first the caller may see. */
  narrow?: (candidates: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>;
}

/**
 * Keeps, in one statement, the first `first` rows of every parent of a batch: a window function numbers
 * each parent's rows and the join keeps the first of each, so one parent with many rows cannot crowd
 * out the others. `query` selects the entity under its own alias; order and group the result after.
 */
export function keepFirstPerParent<TEntity extends ObjectLiteral>(
  query: SelectQueryBuilder<TEntity>,
  options: FirstPerParentOptions,
): SelectQueryBuilder<TEntity> {
  const { entity, parentColumn, parentIds, orderWithinParent, first, narrow } = options;
  return query.innerJoin(
    (ranked) => {
      const candidates = ranked
        .from(entity, 'candidate')
        .select('candidate.id', 'id')
        .addSelect(
          `row_number() OVER (PARTITION BY candidate.${parentColumn} ORDER BY ${orderWithinParent})`,
          'place',
        )
        .where(`candidate.${parentColumn} IN (:...firstPerParentIds)`, {
          firstPerParentIds: parentIds,
        });
      return narrow ? narrow(candidates) : candidates;
    },
    'ranked',
    `ranked.id = ${query.alias}.id AND ranked.place <= :firstPerParent`,
    { firstPerParent: first },
  );
}
