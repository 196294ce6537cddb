import { isUUID } from 'class-validator';

/** Ids are opaque to callers: one that is not a UUID names nothing here, and must not reach a uuid column. */
export function isUuid(value: string): boolean {
  return isUUID(value, 'loose');
}
