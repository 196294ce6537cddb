import {
  assertKnownEvent,
  type CloudEvent,
  eventCatalogue,
} from '@erqi/shared/util-event-catalogue';
import type { EntityManager } from 'typeorm';

/**
 * Turns `cn.erqi.enterprise.policy-published` into one notice per qualifying enterprise of the cell,
 * inside the transaction that records the event as applied; a notice already there (a republish of
 * the same policy) stays as it is. Other types on the topic are skipped.
 */
export async function applyPolicyPublished(
  event: CloudEvent,
  manager: EntityManager,
): Promise<void> {
  if (event.type !== eventCatalogue.policyPublished.type) return;
  const { data } = assertKnownEvent(event, 'policyPublished');
  await manager.query(
    `INSERT INTO policy_notice (policy_id, enterprise_id, enterprise_name, grid_cell_id, title, department_code, amount_cap, opens_on, closes_on, published_at)
     SELECT $1, enterprise.id, enterprise.name, $2, $3, $4, $5, $6, $7, $8
       FROM jsonb_to_recordset($9::jsonb) AS enterprise (id uuid, name text)
     ON CONFLICT (policy_id, enterprise_id) DO NOTHING`,
    [
      data.policyId,
      data.gridCellId,
      data.title,
      data.departmentCode,
      data.amountCap,
      data.opensOn,
      data.closesOn,
      data.publishedAt,
      JSON.stringify(
        data.enterprises.map(({ enterpriseId, name }) => ({ id: enterpriseId, name })),
      ),
    ],
  );
}
