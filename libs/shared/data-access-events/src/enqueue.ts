import { type CloudEvent, toKafkaRecord } from '@erqi/shared/util-event-catalogue';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox.entity';

export interface OutboundEvent {
  topic: string;
  /** Records with the same key keep their order: use the appeal id. */
  key: string;
  event: CloudEvent;
}

/** Adds events to the outbox inside the caller's transaction; the relay publishes them after commit. */
export async function enqueueEvents(
  manager: EntityManager,
  events: OutboundEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await manager.insert(
    OutboxMessage,
    events.map(({ topic, key, event }) => {
      const record = toKafkaRecord(event, key);
      return {
        eventId: event.id,
        topic,
        messageKey: record.key,
        headers: record.headers,
        payload: record.value,
      };
    }),
  );
}
