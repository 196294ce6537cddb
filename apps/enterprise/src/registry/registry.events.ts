import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  ENTERPRISE_REGISTRY_TOPIC,
  eventCatalogue,
} from '@erqi/shared/util-event-catalogue';

/**
 * `cn.erqi.enterprise.registry-changed` on the compacted `enterprise.registry`, keyed by the enterprise
 * id: the whole record, with every leader liaising with it now (领导联系企业).
 */
export function enterpriseRegistryChangedEvent(
  enterprise: { id: string; name: string; creditCode: string; gridCellId: string },
  at: Date,
  leaderSubjects: readonly string[],
): OutboundEvent {
  const { type, source } = eventCatalogue.enterpriseRegistryChanged;
  const data = {
    enterpriseId: enterprise.id,
    name: enterprise.name,
    creditCode: enterprise.creditCode,
    gridCellId: enterprise.gridCellId,
    changedAt: at.toISOString(),
    leaderSubjects: [...leaderSubjects].sort(),
  };
  return {
    topic: ENTERPRISE_REGISTRY_TOPIC,
    key: enterprise.id,
    event: createCloudEvent({ type, source, subject: enterprise.id, data, time: at }),
  };
}
