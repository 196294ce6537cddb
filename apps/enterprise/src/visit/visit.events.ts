import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  eventCatalogue,
  VISIT_NEEDS_TOPIC,
  type VisitNeedRaisedData,
} from '@erqi/shared/util-event-catalogue';

/** `cn.erqi.enterprise.visit-need-raised` on `enterprise.visit-needs`, keyed by the appeal id the need fixed. */
export function visitNeedRaisedEvent(data: VisitNeedRaisedData, at: Date): OutboundEvent {
  const { type, source } = eventCatalogue.visitNeedRaised;
  return {
    topic: VISIT_NEEDS_TOPIC,
    key: data.appealId,
    event: createCloudEvent({ type, source, subject: data.appealId, data, time: at }),
  };
}
