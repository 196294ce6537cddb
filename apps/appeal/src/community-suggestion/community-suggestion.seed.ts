import { COMMUNITY_CODE, collectiveEnterprise } from '@erqi/shared/util-seed-fixtures';
import type { EntityManager } from 'typeorm';

/**
 * Where 八卦庙社区's residents' suggestions are filed: for its collective enterprise (河南八方顺亿,
 * which funds the community's services), category OTHER, 盼事跟踪盯办 (tracked until done).
 */
export async function seedCommunitySuggestionRoutes(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO community_suggestion_route (community_code, enterprise_id, category_code, handling_mode)
     VALUES ($1, $2, 'OTHER', 'TRACKED') ON CONFLICT (community_code) DO NOTHING`,
    [COMMUNITY_CODE, collectiveEnterprise.id],
  );
}
