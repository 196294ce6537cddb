import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  APPEAL_LIFECYCLE_TOPIC,
  type AppealOverdueData,
  createCloudEvent,
  eventCatalogue,
  SUPERVISION_ESCALATIONS_TOPIC,
} from '@erqi/shared/util-event-catalogue';
import type { AppealEscalation } from './appeal-escalation.entity';

/**
 * One `cn.erqi.appeal.overdue` event per escalation: on the lifecycle topic (the appeal's history) and
 * on the supervisors' topic, the same event id on both, keyed by the appeal.
 */
export function appealOverdueEvents(escalation: AppealEscalation): OutboundEvent[] {
  const { type, source } = eventCatalogue.appealOverdue;
  const data: AppealOverdueData = {
    appealId: escalation.appealId,
    deadline: escalation.deadline,
    deadlineAt: escalation.deadlineAt.toISOString(),
    detectedAt: escalation.detectedAt.toISOString(),
    departmentCode: escalation.departmentCode,
  };
  const event = createCloudEvent({
    type,
    source,
    subject: escalation.appealId,
    time: escalation.detectedAt,
    data,
  });
  return [
    { topic: APPEAL_LIFECYCLE_TOPIC, key: escalation.appealId, event },
    { topic: SUPERVISION_ESCALATIONS_TOPIC, key: escalation.appealId, event },
  ];
}

/** What the timeline says when a deadline passed. */
export function escalationNote(
  escalation: Pick<AppealEscalation, 'deadline' | 'deadlineAt' | 'departmentCode'>,
): string {
  const at = escalation.deadlineAt.toISOString();
  return escalation.deadline === 'ACKNOWLEDGEMENT'
    ? `督办: ${escalation.departmentCode ?? '受派部门'} 未在 ${at} 前报到，已提请监督员督办`
    : `督办: 办理期限 ${at} 已过，尚未办结，已提请监督员督办`;
}
