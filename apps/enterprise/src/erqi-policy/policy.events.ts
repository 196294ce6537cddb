import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  eventCatalogue,
  POLICY_NOTICES_TOPIC,
} from '@erqi/shared/util-event-catalogue';
import type { Policy } from './policy.entity';

export interface QualifiedEnterprise {
  id: string;
  name: string;
  gridCellId: string;
}

/**
 * `cn.erqi.enterprise.policy-published`: one record per grid cell holding enterprises that qualify,
 * keyed by the cell, so a record stays small however many enterprises qualify district-wide and one
 * cell's notices arrive in order.
 */
export function policyPublishedEvents(
  policy: Policy,
  qualified: readonly QualifiedEnterprise[],
  at: Date,
): OutboundEvent[] {
  const byCell = new Map<string, QualifiedEnterprise[]>();
  for (const enterprise of qualified)
    byCell.set(enterprise.gridCellId, [...(byCell.get(enterprise.gridCellId) ?? []), enterprise]);
  const { type, source } = eventCatalogue.policyPublished;
  return [...byCell].map(([gridCellId, enterprises]) => ({
    topic: POLICY_NOTICES_TOPIC,
    key: gridCellId,
    event: createCloudEvent({
      type,
      source,
      subject: policy.id,
      time: at,
      data: {
        policyId: policy.id,
        title: policy.title,
        departmentCode: policy.departmentCode,
        amountCap: policy.amountCap,
        opensOn: policy.opensOn,
        closesOn: policy.closesOn,
        publishedAt: at.toISOString(),
        gridCellId,
        enterprises: enterprises.map(({ id, name }) => ({ enterpriseId: id, name })),
      },
    }),
  }));
}
