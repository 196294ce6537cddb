import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type * as Sdk from './sdk';
import { tracingSettingsFrom } from './tracing-settings';

let registered: Sdk.RegisteredTracing | undefined;

/**
 * Starts OpenTelemetry tracing for this process when the environment configures an exporter (see
 * `tracingSettingsFrom`), or when `exporter` is given; returns whether it did. Call it from the very
 * first import of a `main.ts`: HTTP, GraphQL and PostgreSQL are only traced when loaded after it.
 * Without configuration nothing is loaded but `@opentelemetry/api`, whose no-op tracer costs nothing.
 */
export function startTracing(
  processName: string,
  options: { env?: NodeJS.ProcessEnv; exporter?: SpanExporter } = {},
): boolean {
  if (registered) return true;
  const settings = tracingSettingsFrom(options.env ?? process.env, processName);
  if (!settings && !options.exporter) return false;
  // Loaded here, not imported above: the SDK and its instrumentations cost memory only when tracing is on.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('./sdk') as typeof Sdk;
  registered = sdk.registerTracing({
    serviceName: settings?.serviceName ?? processName,
    exporters: settings?.exporters ?? [],
    exporter: options.exporter,
  });
  return true;
}

/** Exports the spans still buffered and stops tracing: call before the process exits. */
export async function stopTracing(): Promise<void> {
  const stopping = registered;
  registered = undefined;
  await stopping?.shutdown();
}
