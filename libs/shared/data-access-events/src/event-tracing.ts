import {
  type Attributes,
  context,
  type Link,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import {
  activeTraceFields,
  contextWithTraceFields,
  spanContextOf,
  type TraceContextFields,
  traceFieldsOf,
} from '@erqi/shared/util-tracing';
import type { KafkaMessage } from 'kafkajs';

// Spans of the event path, named and tagged as OpenTelemetry's messaging conventions say
// (`create`, `send`, `process` + the topic). Without a tracer provider each call is a no-op.
const tracer = trace.getTracer('@erqi/shared/data-access-events');

/** The W3C header pair a Kafka record carries for the hop itself (what Kafka instrumentations read). */
const TRANSPORT = { traceparent: 'traceparent', tracestate: 'tracestate' } as const;

/**
 * Runs `write` (the outbox insert) in a `create` span when a trace is running, and hands it that span's
 * trace context to store with the events: the relay publishes later, outside the request, and continues
 * the trace from there. Outside a trace `write` gets no context, and the events carry none.
 */
export async function inCreateSpan<T>(
  events: ReadonlyArray<{ topic: string; event: { id: string; type: string } }>,
  write: (trace: TraceContextFields) => Promise<T>,
): Promise<T> {
  if (!activeTraceFields().traceparent) return write({});
  const topics = [...new Set(events.map(({ topic }) => topic))];
  return tracer.startActiveSpan(
    topics.length === 1 ? `create ${topics[0]}` : 'create',
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'create',
        'messaging.batch.message_count': events.length,
        'cloudevents.event_type': [...new Set(events.map(({ event }) => event.type))].join(','),
        ...(topics.length === 1 ? { 'messaging.destination.name': topics[0] } : {}),
      },
    },
    (span) => endWith(span, () => write(activeTraceFields())),
  );
}

/** A row of the outbox as the relay sends it. */
interface OutgoingRecord {
  topic: string;
  messageKey: string;
  eventId: string;
  headers: Record<string, string>;
}

/**
 * Starts one `send` span per record, each a child of the trace context stored with it (when it has
 * one), and gives the headers to send: the stored ones plus `traceparent` of the send, so the consumer
 * continues the trace from the hop. `end` closes them all once the batch is acknowledged or failed.
 */
export function startSendSpans<T extends OutgoingRecord>(
  records: T[],
): { headersOf(record: T): Record<string, string>; end(error?: unknown): void } {
  const spans = new Map<T, Span>();
  for (const record of records) {
    const stored = contextWithTraceFields({
      ...optional('traceparent', record.headers['ce_traceparent']),
      ...optional('tracestate', record.headers['ce_tracestate']),
    });
    spans.set(
      record,
      tracer.startSpan(
        `send ${record.topic}`,
        {
          kind: SpanKind.PRODUCER,
          attributes: {
            'messaging.system': 'kafka',
            'messaging.operation.type': 'send',
            'messaging.destination.name': record.topic,
            'messaging.message.id': record.eventId,
            'messaging.kafka.message.key': record.messageKey,
            ...cloudEventAttributes(record.headers),
          },
        },
        stored,
      ),
    );
  }
  return {
    headersOf: (record) => {
      const { traceparent, tracestate } = traceFieldsOf(spans.get(record)?.spanContext());
      return {
        ...record.headers,
        ...optional(TRANSPORT.traceparent, traceparent),
        ...optional(TRANSPORT.tracestate, tracestate),
      };
    },
    end: (error) => {
      for (const span of spans.values()) {
        if (error !== undefined) failed(span, error);
        span.end();
      }
    },
  };
}

/**
 * Runs `work` (applying one record) in a `process` span. Its parent is the record's send (the
 * `traceparent` header), else the event's own `ce_traceparent`; the event's creation is linked when it
 * is not the parent. A record with neither starts a trace of its own.
 */
export async function inProcessSpan<T>(
  record: { topic: string; partition: number; message: KafkaMessage; groupId: string },
  work: () => Promise<T>,
): Promise<T> {
  const { message } = record;
  const transport: TraceContextFields = {
    ...optional('traceparent', header(message, TRANSPORT.traceparent)),
    ...optional('tracestate', header(message, TRANSPORT.tracestate)),
  };
  const creation: TraceContextFields = {
    ...optional('traceparent', header(message, 'ce_traceparent')),
    ...optional('tracestate', header(message, 'ce_tracestate')),
  };
  const parentFields = spanContextOf(transport) ? transport : creation;
  const created = spanContextOf(creation);
  const links: Link[] =
    created && parentFields !== creation ? [{ context: created, attributes: {} }] : [];
  const headers: Record<string, string> = {};
  for (const name of ['ce_id', 'ce_type', 'ce_subject', 'ce_source']) {
    const value = header(message, name);
    if (value !== undefined) headers[name] = value;
  }
  return tracer.startActiveSpan(
    `process ${record.topic}`,
    {
      kind: SpanKind.CONSUMER,
      links,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': record.topic,
        'messaging.destination.partition.id': String(record.partition),
        'messaging.kafka.offset': Number(message.offset),
        'messaging.consumer.group.name': record.groupId,
        ...(headers['ce_id'] ? { 'messaging.message.id': headers['ce_id'] } : {}),
        ...(message.key ? { 'messaging.kafka.message.key': message.key.toString() } : {}),
        ...cloudEventAttributes(headers),
      },
    },
    contextWithTraceFields(parentFields, context.active()),
    (span) => endWith(span, work),
  );
}

async function endWith<T>(span: Span, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    failed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

function failed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: error instanceof Error ? error.message : String(error),
  });
}

function cloudEventAttributes(headers: Record<string, string | undefined>): Attributes {
  return {
    ...optional('cloudevents.event_id', headers['ce_id']),
    ...optional('cloudevents.event_type', headers['ce_type']),
    ...optional('cloudevents.event_source', headers['ce_source']),
    ...optional('cloudevents.event_subject', headers['ce_subject']),
  };
}

function optional<K extends string>(name: K, value: string | undefined): { [key in K]?: string } {
  return value ? ({ [name]: value } as { [key in K]: string }) : {};
}

function header(message: KafkaMessage, name: string): string | undefined {
  const value = message.headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
