const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are opaque to callers: one that is not a UUID names nothing here, and must not reach a uuid column. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The distinct ids of a batch that can be in a uuid column, lower-cased; others match nothing and must not fail the batch. */
export function uuidsOf(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
}
