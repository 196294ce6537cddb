import { enqueueEvents } from '@erqi/shared/data-access-events';
import { channelOfEntry } from '@erqi/appeal/util-contract';
import {
  assertKnownEvent,
  type CloudEvent,
  MalformedEvent,
} from '@erqi/shared/util-event-catalogue';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Appeal } from '../appeal/appeal.entity';
import {
  AppealStatus,
  CHANNEL_ACTORS,
  type HandlingMode,
  submissionNote,
} from '../appeal/appeal.enums';
import { appealSubmittedEvent } from '../appeal/appeal.events';
import { TimelineEntry } from '../appeal/timeline-entry.entity';
import type { DispatchService } from '../dispatch/dispatch.service';
import { dueAtFor } from '../policy/deadline-policy';
import type { WorkflowPolicy } from '../policy/workflow-policy';

export interface CommunitySuggestionDependencies {
  dispatches: Pick<DispatchService, 'dispatch'>;
  policy: WorkflowPolicy;
}

interface Route {
  enterpriseId: string;
  gridCellId: string;
  categoryCode: string;
  handlingMode: HandlingMode;
}

/**
 * Files a resident's suggestion (`cn.erqi.grid.community-suggestion-raised`) as an appeal of the
 * channel COMMUNITY_VISIT under the id the grid service chose, inside the transaction that records
 * the event as applied; an appeal of that id already there (a redelivery) changes nothing. The
 * appeal is dispatched and announced as a filed one is. A community with no route, or whose
 * enterprise this service does not know, can never be applied: MalformedEvent (dead letter).
 */
export async function applyCommunitySuggestion(
  event: CloudEvent,
  manager: EntityManager,
  deps: CommunitySuggestionDependencies,
): Promise<void> {
  const { data } = assertKnownEvent(event, 'communitySuggestionRaised');
  if (await manager.existsBy(Appeal, { id: data.appealId })) return;
  const [route] = (await manager.query(
    `SELECT r.enterprise_id AS "enterpriseId", e.grid_cell_id AS "gridCellId",
            r.category_code AS "categoryCode", r.handling_mode AS "handlingMode"
     FROM community_suggestion_route r JOIN known_enterprise e ON e.id = r.enterprise_id
     WHERE r.community_code = $1`,
    [data.communityCode],
  )) as Route[];
  if (!route)
    throw new MalformedEvent(
      `no route for the suggestions of community ${data.communityCode} (community_suggestion_route), or its enterprise is not known here`,
    );
  const channel = channelOfEntry({ kind: 'COMMUNITY_VISIT_SUGGESTION' });
  const submittedAt = new Date(data.raisedAt);
  const text = data.text.trim();
  const appeal = manager.create(Appeal, {
    id: data.appealId,
    title: `社区居民意见：${[...text].slice(0, 30).join('')}`,
    description: text,
    status: AppealStatus.SUBMITTED,
    handlingMode: route.handlingMode,
    channel,
    categoryCode: route.categoryCode,
    enterpriseId: route.enterpriseId,
    gridCellId: route.gridCellId,
    leadDepartmentId: null,
    submittedAt,
    dueAt: dueAtFor(
      route.handlingMode,
      submittedAt,
      deps.policy.calendar,
      deps.policy.handlingDeadlines,
    ),
    version: 1,
    // The resident stays in the community's records: the appeal names the visit, not the person,
    // and keeps the resident's id only so that the resident can follow it (RESIDENT, docs/ACCESS.md).
    residentId: data.residentId,
    submittedBy: `${CHANNEL_ACTORS[channel]}:${data.communityCode}`,
    clientRequestId: null,
  });
  await manager.insert(Appeal, appeal);
  await manager.insert(TimelineEntry, {
    id: randomUUID(),
    appealId: appeal.id,
    at: submittedAt,
    actor: `${CHANNEL_ACTORS[channel]}:${data.communityCode}`,
    fromStatus: null,
    toStatus: AppealStatus.SUBMITTED,
    note: submissionNote(channel),
  });
  await enqueueEvents(manager, [appealSubmittedEvent(appeal)]);
  await deps.dispatches.dispatch(appeal, manager);
}
