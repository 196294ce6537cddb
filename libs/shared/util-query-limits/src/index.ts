export {
  costRefusal,
  DEFAULT_QUERY_LIMITS,
  IntrospectionDisabledRule,
  measureOperation,
  type MeasureInput,
  type OperationMeasure,
  queryCostPlugin,
  QueryLimitCode,
  queryLimitRules,
  type QueryLimits,
  QueryRefused,
  withOwnCode,
} from './query-limits';
