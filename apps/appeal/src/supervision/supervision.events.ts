import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  eventCatalogue,
  SUPERVISION_ESCALATIONS_TOPIC,
  type SupervisionFindingData,
} from '@erqi/shared/util-event-catalogue';
import type { SupervisionFinding } from './supervision-finding.entity';

/** `cn.erqi.supervision.finding-changed` on the supervisors' topic, keyed by the finding so its events stay in order. */
export function findingChangedEvent(finding: SupervisionFinding, at: Date): OutboundEvent {
  const { type, source } = eventCatalogue.supervisionFindingChanged;
  const data: SupervisionFindingData = {
    findingId: finding.id,
    departmentCode: finding.departmentCode,
    status: finding.status,
    rectifyBy: finding.rectifyBy.toISOString(),
    at: at.toISOString(),
    overdue: finding.overdue,
  };
  return {
    topic: SUPERVISION_ESCALATIONS_TOPIC,
    key: finding.id,
    event: createCloudEvent({ type, source, subject: finding.id, time: at, data }),
  };
}
