import { type CloudEvent, toKafkaRecord } from '@erqi/shared/util-event-catalogue';
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
      events.map(({ topic, key, event }) => {
        const record = toKafkaRecord(event.traceparent ? event : { ...event, ...trace }, key);
        return {
          eventId: event.id,
          topic,
          messageKey: record.key,
          headers: record.headers,
          payload: record.value,
        };
      }),
    );
  });
}
