import { randomUUID } from 'node:crypto';

/** CloudEvents 1.0 attributes we use (https://cloudevents.io), with JSON data. */
export interface CloudEvent<TData = unknown> {
  specversion: '1.0';
  /** Unique per event: consumers store it to apply each event once. */
  id: string;
  /** Reverse-DNS type, e.g. `cn.erqi.appeal.submitted`. */
  type: string;
  /** The service that emitted it, e.g. `/erqi/appeal`. */
  source: string;
  /** ISO 8601 time the change happened. */
  time: string;
  /** What the event is about: the appeal id. */
  subject: string;
  datacontenttype: 'application/json';
  data: TData;
  /**
   * Distributed-tracing extension: the W3C trace context in which the event was made (the mutation's
   * span), so a consumer's work joins the trace that caused it. Absent outside a trace.
   */
  traceparent?: string;
  /** Distributed-tracing extension: vendor trace data travelling with `traceparent`. */
  tracestate?: string;
}

export function createCloudEvent<TData>(attributes: {
  type: string;
  source: string;
  subject: string;
  data: TData;
  time?: Date;
  id?: string;
}): CloudEvent<TData> {
  return {
    specversion: '1.0',
    id: attributes.id ?? randomUUID(),
    type: attributes.type,
    source: attributes.source,
    time: (attributes.time ?? new Date()).toISOString(),
    subject: attributes.subject,
    datacontenttype: 'application/json',
    data: attributes.data,
  };
}

/** A Kafka record in the CloudEvents Kafka protocol binding, binary content mode. */
export interface KafkaRecord {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** Binary mode: attributes travel as `ce_*` headers, the data alone is the JSON value. */
export function toKafkaRecord(event: CloudEvent, key: string): KafkaRecord {
  return {
    key,
    value: JSON.stringify(event.data),
    headers: {
      ce_specversion: event.specversion,
      ce_id: event.id,
      ce_type: event.type,
      ce_source: event.source,
      ce_time: event.time,
      ce_subject: event.subject,
      ...(event.traceparent ? { ce_traceparent: event.traceparent } : {}),
      ...(event.traceparent && event.tracestate ? { ce_tracestate: event.tracestate } : {}),
      'content-type': event.datacontenttype,
    },
  };
}

/** Why a record is not a CloudEvent we can read. */
export class MalformedEvent extends Error {
  override readonly name = 'MalformedEvent';
}

type RawHeaders = Record<string, Buffer | string | Array<Buffer | string> | undefined>;

function header(headers: RawHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

/** Reads a binary-mode record back into a CloudEvent; the data is parsed but not yet validated. */
export function fromKafkaRecord(record: {
  value: Buffer | string | null;
  headers?: RawHeaders | undefined;
}): CloudEvent {
  const headers = record.headers ?? {};
  const required = ['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_time'] as const;
  const missing = required.filter((name) => !header(headers, name));
  if (missing.length > 0)
    throw new MalformedEvent(`missing CloudEvents headers: ${missing.join(', ')}`);
  if (header(headers, 'ce_specversion') !== '1.0')
    throw new MalformedEvent(`unsupported ce_specversion ${header(headers, 'ce_specversion')}`);
  if (record.value === null) throw new MalformedEvent('the record has no value');
  let data: unknown;
  try {
    data = JSON.parse(record.value.toString());
  } catch {
    throw new MalformedEvent('the value is not JSON');
  }
  const traceparent = header(headers, 'ce_traceparent');
  const tracestate = header(headers, 'ce_tracestate');
  return {
    specversion: '1.0',
    id: header(headers, 'ce_id') ?? '',
    type: header(headers, 'ce_type') ?? '',
    source: header(headers, 'ce_source') ?? '',
    time: header(headers, 'ce_time') ?? '',
    subject: header(headers, 'ce_subject') ?? '',
    datacontenttype: 'application/json',
    data,
    ...(traceparent ? { traceparent } : {}),
    ...(traceparent && tracestate ? { tracestate } : {}),
  };
}
