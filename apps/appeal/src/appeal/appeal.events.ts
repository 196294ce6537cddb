import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  APPEAL_LIFECYCLE_TOPIC,
  type AppealSubmittedData,
  createCloudEvent,
  eventCatalogue,
} from '@erqi/shared/util-event-catalogue';
import type { Appeal } from './appeal.entity';

/** `cn.erqi.appeal.submitted` on the lifecycle topic, keyed by the appeal so its events stay in order. */
export function appealSubmittedEvent(appeal: Appeal): OutboundEvent {
  const { type, source } = eventCatalogue.appealSubmitted;
  const data: AppealSubmittedData = {
    appealId: appeal.id,
    enterpriseId: appeal.enterpriseId,
    gridCellId: appeal.gridCellId,
    title: appeal.title,
    category: appeal.categoryCode,
    channel: appeal.channel,
    handlingMode: appeal.handlingMode,
    submittedAt: appeal.submittedAt.toISOString(),
    dueAt: appeal.dueAt.toISOString(),
  };
  return {
    topic: APPEAL_LIFECYCLE_TOPIC,
    key: appeal.id,
    event: createCloudEvent({ type, source, subject: appeal.id, time: appeal.submittedAt, data }),
  };
}
