export { startTracing, stopTracing } from './start-tracing';
export {
  activeTraceFields,
  contextWithTraceFields,
  spanContextOf,
  type TraceContextFields,
  traceFieldsOf,
} from './trace-context';
export {
  type TraceExporterName,
  type TracingSettings,
  tracingSettingsFrom,
} from './tracing-settings';
