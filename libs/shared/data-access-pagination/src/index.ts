export {
  Connection,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type Page,
  PageArgs,
  PageInfo,
} from './connection';
export { decodeCursor, encodeCursor, type KeysetOptions, keysetPage } from './keyset';
