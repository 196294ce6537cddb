export {
  byIdLoader,
  type FirstPerParentOptions,
  groupRowsBy,
  keepFirstPerParent,
} from './batch-loading';
