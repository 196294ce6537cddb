/** Which exporters `OTEL_TRACES_EXPORTER` may name (the standard names this build supports). */
export type TraceExporterName = 'otlp' | 'console';

/** What to do about traces in this process, from the standard OpenTelemetry variables. */
export interface TracingSettings {
  /** `service.name` of every span: OTEL_SERVICE_NAME, else the process's own name. */
  serviceName: string;
  exporters: TraceExporterName[];
}

/**
 * Tracing is on when the environment asks for an exporter: OTEL_TRACES_EXPORTER (`otlp`, `console`,
 * several separated by commas), or an OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), which means `otlp`. Unlike the SDK's default (`otlp` to
 * localhost:4318 always), nothing set means no tracing at all: no SDK loaded, no spans recorded.
 * OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none turn it off whatever else is set.
 */
export function tracingSettingsFrom(
  env: NodeJS.ProcessEnv,
  processName: string,
): TracingSettings | undefined {
  if (env['OTEL_SDK_DISABLED']?.trim().toLowerCase() === 'true') return undefined;
  const named = (env['OTEL_TRACES_EXPORTER'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (named.includes('none')) return undefined;
  const endpoint = env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] ?? env['OTEL_EXPORTER_OTLP_ENDPOINT'];
  const wanted = named.length > 0 ? named : endpoint ? ['otlp'] : [];
  const unknown = wanted.filter((name) => name !== 'otlp' && name !== 'console');
  if (unknown.length > 0)
    throw new RangeError(
      `OTEL_TRACES_EXPORTER names ${unknown.join(', ')}: this build exports traces with otlp (OTLP over HTTP, JSON) or console, or none`,
    );
  if (wanted.length === 0) return undefined;
  return {
    serviceName: env['OTEL_SERVICE_NAME']?.trim() || processName,
    exporters: [...new Set(wanted)] as TraceExporterName[],
  };
}
