// The OpenTelemetry SDK and instrumentations, loaded only when tracing is on (see start-tracing.ts):
// a process that exports nothing does not pay for them.
import type { IncomingMessage } from 'node:http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { TraceExporterName } from './tracing-settings';

/** Probes and scrapes answer every few seconds: as spans they would bury the traces people look for. */
const UNTRACED_PATHS = /^\/(health|ready|metrics)(\/|\?|$)/;

export interface RegisteredTracing {
  /** Exports what is still buffered and stops tracing. */
  shutdown(): Promise<void>;
}

/**
 * Registers the global tracer provider (W3C trace context propagation, AsyncLocalStorage context) and
 * the HTTP, GraphQL and PostgreSQL instrumentations. Which traces are kept is the standard
 * OTEL_TRACES_SAMPLER (and OTEL_TRACES_SAMPLER_ARG), read by the SDK: by default every trace a caller
 * did not mark unsampled (`parentbased_always_on`); e.g. `parentbased_traceidratio` with `0.1` keeps
 * one in ten new traces and follows the gateway's decision for the rest, context still propagated. Call before `http`, `pg` and `graphql` are loaded:
 * the instrumentations patch those modules as they are required.
 */
export function registerTracing(options: {
  serviceName: string;
  exporters: TraceExporterName[];
  /** Spans go to this exporter at once, each as it ends (tests); the named exporters are ignored. */
  exporter?: SpanExporter | undefined;
}): RegisteredTracing {
  const spanProcessors: SpanProcessor[] = options.exporter
    ? [new SimpleSpanProcessor(options.exporter)]
    : options.exporters.map(
        (name) =>
          // Batches are sent every OTEL_BSP_SCHEDULE_DELAY ms (default 5000), off the request path.
          new BatchSpanProcessor(
            name === 'otlp' ? new OTLPTraceExporter() : new ConsoleSpanExporter(),
          ),
      );
  const provider = new NodeTracerProvider({
    // OTEL_RESOURCE_ATTRIBUTES adds e.g. deployment.environment; the service name is ours unless OTEL_SERVICE_NAME says.
    resource: defaultResource()
      .merge(detectResources({ detectors: [envDetector] }))
      .merge(resourceFromAttributes({ 'service.name': options.serviceName })),
    spanProcessors,
  });
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) =>
          UNTRACED_PATHS.test(request.url ?? ''),
        // The gateway's health polls and other calls outside a request start no trace of their own.
        requireParentforOutgoingSpans: true,
      }),
      // Spans for parsing, validating and executing the operation (its name and type), none per
      // resolver: with type-graphql every field has a resolver, so a page of five cells was a dozen
      // spans and wrapped calls, about a tenth of a subgraph's CPU per request (docs/BENCHMARKS.md,
      // "Where a subgraph request's time goes"). The SQL a resolver sends stays a child of the execution.
      new GraphQLInstrumentation({ ignoreResolveSpans: true }),
      // The relays' polls and the watchers' scans run outside any request: only queries in a trace count.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  return {
    shutdown: async () => {
      unregister();
      await provider.shutdown();
    },
  };
}
