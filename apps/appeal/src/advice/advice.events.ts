import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  type AdviceNoteOverdueData,
  createCloudEvent,
  eventCatalogue,
  SUPERVISION_ESCALATIONS_TOPIC,
} from '@erqi/shared/util-event-catalogue';

/** `cn.erqi.advice.note-overdue` on the supervisors' topic, keyed by the note. */
export function adviceNoteOverdueEvent(
  note: { id: string; departmentCode: string; title: string; respondBy: Date },
  detectedAt: Date,
): OutboundEvent {
  const { type, source } = eventCatalogue.adviceNoteOverdue;
  const data: AdviceNoteOverdueData = {
    adviceNoteId: note.id,
    departmentCode: note.departmentCode,
    title: note.title,
    respondBy: note.respondBy.toISOString(),
    detectedAt: detectedAt.toISOString(),
  };
  return {
    topic: SUPERVISION_ESCALATIONS_TOPIC,
    key: note.id,
    event: createCloudEvent({ type, source, subject: note.id, time: detectedAt, data }),
  };
}
