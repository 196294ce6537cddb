import { BadUserInput } from '@erqi/shared/util-errors';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Page, PageArgs } from './connection';

interface Cursor {
  sortValue: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sortValue, cursor.id])).toString('base64url');
}

export function decodeCursor(after: string): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      parsed.every((part) => typeof part === 'string')
    ) {
      return { sortValue: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInput(
    'after',
    'This cursor is not one we gave out; pass a pageInfo.endCursor unchanged',
  );
}

export interface KeysetOptions<TEntity> {
  /** The column the list is sorted by (with `id` as the tie-break), e.g. `code` or `createdAt`. */
  sortColumn: keyof TEntity & string;
  /** @default 'ASC' */
  direction?: 'ASC' | 'DESC';
  /** How the sort value is written into a cursor. @default String */
  toCursorValue?: (entity: TEntity) => string;
}

/**
 * Keyset (seek) pagination: the next page starts after the last row of this one, so a page costs
 * the same however deep it is. Returns the page and the total that matches the filter, counted
 * when first read (GraphQL reads it only when the operation selects `totalCount`).
 */
export async function keysetPage<TEntity extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<TEntity>,
  args: PageArgs,
  options: KeysetOptions<TEntity>,
): Promise<Page<TEntity>> {
  const alias = query.alias;
  const direction = options.direction ?? 'ASC';
  // The total costs a second statement (a count over every match): only run when a caller asks for
  // it, which most do not (`gridCells { nodes { … } }`). A query bound to a transaction's runner is
  // counted at once, while that runner is still open.
  const counting = query.clone();
  let counted: Promise<number> | undefined = boundToRunner(query)
    ? Promise.resolve(await counting.getCount())
    : undefined;
  const totalCount = (): Promise<number> => (counted ??= counting.getCount());
  const page = query.clone();
  if (args.after) {
    const cursor = decodeCursor(args.after);
    const comparison = direction === 'ASC' ? '>' : '<';
    page.andWhere(
      `(${alias}.${options.sortColumn}, ${alias}.id) ${comparison} (:cursorSort, :cursorId)`,
      {
        cursorSort: cursor.sortValue,
        cursorId: cursor.id,
      },
    );
  }
  const rows = await page
    .orderBy(`${alias}.${options.sortColumn}`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(args.first + 1)
    .getMany()
    .catch((error: unknown) => {
      // A cursor that decodes but holds a value of the wrong type (a forged one) fails in PostgreSQL's casts.
      if (args.after && isInvalidValueError(error))
        throw new BadUserInput(
          'after',
          'This cursor is not one we gave out; pass a pageInfo.endCursor unchanged',
        );
      throw error;
    });
  const hasNextPage = rows.length > args.first;
  const nodes = hasNextPage ? rows.slice(0, args.first) : rows;
  const last = nodes[nodes.length - 1];
  const toCursorValue =
    options.toCursorValue ?? ((entity: TEntity) => cursorValueOf(entity[options.sortColumn]));
  return {
    nodes,
    get totalCount() {
      return totalCount();
    },
    pageInfo: {
      hasNextPage,
      endCursor: last ? encodeCursor({ sortValue: toCursorValue(last), id: last.id }) : null,
    },
  };
}

/** Whether the query runs on a given runner (a transaction's), which may be released once the page is returned. */
function boundToRunner(query: SelectQueryBuilder<ObjectLiteral>): boolean {
  // TypeORM keeps the runner a builder was made with in a protected field, copied by clone().
  return (query as unknown as { queryRunner?: unknown }).queryRunner !== undefined;
}

/** invalid_text_representation, invalid_datetime_format, datetime_field_overflow */
function isInvalidValueError(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string } }).driverError?.code;
  return code === '22P02' || code === '22007' || code === '22008';
}

function cursorValueOf(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}
