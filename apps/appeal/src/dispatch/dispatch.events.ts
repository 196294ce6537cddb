import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  APPEAL_LIFECYCLE_TOPIC,
  type AppealAcknowledgedData,
  type AppealDispatchedData,
  createCloudEvent,
  departmentDispatchTopic,
  eventCatalogue,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import type { Appeal } from '../appeal/appeal.entity';
import type { AppealDispatch } from './appeal-dispatch.entity';
import { DispatchTargetKind } from './dispatch.enums';

/**
 * One `cn.erqi.appeal.dispatched` event, to the target's own topic (what its system subscribes to)
 * and to the lifecycle topic; the same event id on both, keyed by the appeal.
 */
export function appealDispatchedEvents(appeal: Appeal, dispatch: AppealDispatch): OutboundEvent[] {
  const { type, source } = eventCatalogue.appealDispatched;
  const data: AppealDispatchedData = {
    appealId: appeal.id,
    title: appeal.title,
    description: appeal.description,
    category: appeal.categoryCode,
    handlingMode: appeal.handlingMode,
    enterpriseId: appeal.enterpriseId,
    gridCellId: appeal.gridCellId,
    dueAt: appeal.dueAt.toISOString(),
    dispatchedAt: dispatch.dispatchedAt.toISOString(),
    target: { kind: dispatch.targetKind, id: dispatch.targetId, code: dispatch.targetCode },
    role: dispatch.role,
    acknowledgeBy: dispatch.acknowledgeBy?.toISOString() ?? null,
  };
  const event = createCloudEvent({
    type,
    source,
    subject: appeal.id,
    time: dispatch.dispatchedAt,
    data,
  });
  const topic =
    dispatch.targetKind === DispatchTargetKind.DEPARTMENT
      ? departmentDispatchTopic(dispatch.targetCode)
      : volunteerTeamDispatchTopic(dispatch.targetCode);
  return [
    { topic, key: appeal.id, event },
    { topic: APPEAL_LIFECYCLE_TOPIC, key: appeal.id, event },
  ];
}

/** `cn.erqi.appeal.acknowledged`: the department reported in (报到). */
export function appealAcknowledgedEvent(
  appealId: string,
  departmentCode: string,
  acknowledgedAt: Date,
): OutboundEvent {
  const { type, source } = eventCatalogue.appealAcknowledged;
  const data: AppealAcknowledgedData = {
    appealId,
    departmentCode,
    acknowledgedAt: acknowledgedAt.toISOString(),
  };
  return {
    topic: APPEAL_LIFECYCLE_TOPIC,
    key: appealId,
    event: createCloudEvent({ type, source, subject: appealId, time: acknowledgedAt, data }),
  };
}
