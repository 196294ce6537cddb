import {
  type Context,
  context,
  createTraceState,
  isSpanContextValid,
  ROOT_CONTEXT,
  type SpanContext,
  trace,
  TraceFlags,
} from '@opentelemetry/api';

/**
 * A span's W3C Trace Context as text: what an HTTP request, a Kafka record and a CloudEvent (its
 * distributed-tracing extension attributes of the same names) carry to continue a trace elsewhere.
 */
export interface TraceContextFields {
  /** `00-<trace id>-<span id>-<flags>`. */
  traceparent?: string;
  /** Vendor data that travels with the trace, e.g. `congo=t61rcWkgMzE`. */
  tracestate?: string;
}

/** `version-traceid-spanid-flags`; a later version may append fields, which we ignore. */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/** The fields of a span context; none for an invalid one (no trace running), never a zero id. */
export function traceFieldsOf(spanContext: SpanContext | undefined): TraceContextFields {
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  const flags = (spanContext.traceFlags & 0xff).toString(16).padStart(2, '0');
  const state = spanContext.traceState?.serialize();
  return {
    traceparent: `00-${spanContext.traceId}-${spanContext.spanId}-${flags}`,
    ...(state ? { tracestate: state } : {}),
  };
}

/** The trace context of the span running now (e.g. the resolver of a mutation); none outside a trace. */
export function activeTraceFields(active: Context = context.active()): TraceContextFields {
  return traceFieldsOf(trace.getSpanContext(active));
}

/** The remote span context `fields` name, or undefined when they are missing or malformed. */
export function spanContextOf(fields: TraceContextFields): SpanContext | undefined {
  const match = fields.traceparent ? TRACEPARENT.exec(fields.traceparent.trim()) : null;
  if (!match) return undefined;
  const [, version, traceId = '', spanId = '', flags = '00', rest] = match;
  // Version ff is forbidden; version 00 has exactly four fields.
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  const spanContext: SpanContext = {
    traceId,
    spanId,
    traceFlags: Number.parseInt(flags, 16) & TraceFlags.SAMPLED,
    isRemote: true,
    ...(fields.tracestate ? { traceState: createTraceState(fields.tracestate) } : {}),
  };
  return isSpanContextValid(spanContext) ? spanContext : undefined;
}

/** `base` with the span `fields` name as its parent; `base` itself when they name none. */
export function contextWithTraceFields(
  fields: TraceContextFields,
  base: Context = ROOT_CONTEXT,
): Context {
  const spanContext = spanContextOf(fields);
  return spanContext ? trace.setSpanContext(base, spanContext) : base;
}
