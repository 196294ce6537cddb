import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  ENTERPRISE_SERVICE_ESCALATIONS_TOPIC,
  eventCatalogue,
  type ServiceApplicationOverdueData,
} from '@erqi/shared/util-event-catalogue';

/** `cn.erqi.enterprise.service-application-overdue` on the supervisors' topic, keyed by the application. */
export function serviceApplicationOverdueEvent(
  application: {
    id: string;
    matterCode: string;
    matterName: string;
    departmentCode: string;
    enterpriseId: string;
    dueAt: Date;
  },
  detectedAt: Date,
): OutboundEvent {
  const { type, source } = eventCatalogue.serviceApplicationOverdue;
  const data: ServiceApplicationOverdueData = {
    applicationId: application.id,
    matterCode: application.matterCode,
    matterName: application.matterName,
    departmentCode: application.departmentCode,
    enterpriseId: application.enterpriseId,
    dueAt: application.dueAt.toISOString(),
    detectedAt: detectedAt.toISOString(),
  };
  return {
    topic: ENTERPRISE_SERVICE_ESCALATIONS_TOPIC,
    key: application.id,
    event: createCloudEvent({ type, source, subject: application.id, time: detectedAt, data }),
  };
}
