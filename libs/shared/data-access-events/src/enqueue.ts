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
export function enqueueEvents(manager: EntityManager, events: OutboundEvent[]): Promise<void> {
  // The bulk statement for a few events too: the ORM's insert costs a submission (three events)
  // more CPU than building the rows, and the rows are the same.
  return enqueueEventsInBulk(manager, events);
}

/**
 * `enqueueEvents` for hundreds or thousands of events at once (a watcher's catch-up): one statement
 * whose rows arrive as one JSON document (`INSERT … SELECT … FROM json_to_recordset($1)`), without the
 * ORM's per-row work and whatever the count, one parameter. JSON rather than one array per column: the
 * driver escapes every element of a text array in JavaScript, which for a thousand payloads cost more
 * than the INSERT itself, while `JSON.stringify` is native. The rows are the same.
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
       SELECT event_id, topic, message_key, headers, payload
       FROM json_to_recordset($1::json) AS row (event_id uuid, topic text, message_key text, headers jsonb, payload text)`,
      [
        JSON.stringify(
          rows.map((row) => ({
            event_id: row.eventId,
            topic: row.topic,
            message_key: row.messageKey,
            headers: row.headers,
            payload: row.payload,
          })),
        ),
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
