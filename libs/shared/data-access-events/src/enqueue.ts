import { type CloudEvent, toKafkaRecord } from '@erqi/shared/util-event-catalogue';
import type { TraceContextFields } from '@erqi/shared/util-tracing';
import type { EntityManager } from 'typeorm';
import { inCreateSpan } from './event-tracing';
import { OutboxMessage } from './outbox.entity';

export interface OutboundEvent {
  topic: string;
  /** Records with the same key keep their order: use the appeal id. */
  key: string;
  event: CloudEvent;
}

/**
 * Adds events to the outbox inside the caller's transaction; the relay publishes them after commit.
 * Inside a trace, each event carries the trace context of its creation (`ce_traceparent`, stored in
 * the row's headers), unless it already names one (an event forwarded from another trace).
 */
export async function enqueueEvents(
  manager: EntityManager,
  events: OutboundEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await inCreateSpan(events, async (trace) => {
    await manager.insert(
      OutboxMessage,
      events.map((outbound) => outboxRow(outbound, trace)),
    );
  });
}

/**
 * `enqueueEvents` for hundreds or thousands of events at once (a watcher's catch-up): one statement
 * with one array parameter per column (`INSERT … SELECT unnest(…)`), without the ORM's per-row work
 * and whatever the count, well below PostgreSQL's limit of parameters. The rows are the same.
 */
export async function enqueueEventsInBulk(
  manager: EntityManager,
  events: OutboundEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await inCreateSpan(events, async (trace) => {
    const rows = events.map((outbound) => outboxRow(outbound, trace));
    const table = manager.getRepository(OutboxMessage).metadata.tablePath;
    await manager.query(
      `INSERT INTO ${table} (event_id, topic, message_key, headers, payload)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::text[])`,
      [
        rows.map((row) => row.eventId),
        rows.map((row) => row.topic),
        rows.map((row) => row.messageKey),
        rows.map((row) => JSON.stringify(row.headers)),
        rows.map((row) => row.payload),
      ],
    );
  });
}

type OutboxRow = Pick<OutboxMessage, 'eventId' | 'topic' | 'messageKey' | 'headers' | 'payload'>;

function outboxRow({ topic, key, event }: OutboundEvent, trace: TraceContextFields): OutboxRow {
  const record = toKafkaRecord(event.traceparent ? event : { ...event, ...trace }, key);
  return {
    eventId: event.id,
    topic,
    messageKey: record.key,
    headers: record.headers,
    payload: record.value,
  };
}
