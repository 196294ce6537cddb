import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import {
  assertKnownEvent,
  type CloudEvent,
  eventCatalogue,
} from '@erqi/shared/util-event-catalogue';
import { channelOfEntry, type HandlingMode } from '@erqi/appeal/util-contract';
import type { EntityManager } from 'typeorm';
import { AppealCategory } from '../appeal-category/appeal-category.entity';
import { Appeal } from '../appeal/appeal.entity';
import { AppealStatus, submissionNote } from '../appeal/appeal.enums';
import { appealSubmittedEvent } from '../appeal/appeal.events';
import { TimelineEntry } from '../appeal/timeline-entry.entity';
import type { DispatchService } from '../dispatch/dispatch.service';
import { findPossibleDuplicate } from '../duplicates/duplicate-finder';
import type { EnterpriseDirectory } from '../enterprise/enterprise-directory';
import { dueAtFor } from '../policy/deadline-policy';
import type { WorkflowPolicy } from '../policy/workflow-policy';

/** The category an appeal falls back on when a visitor named one this service does not know. */
const FALLBACK_CATEGORY = 'OTHER';

export interface VisitNeedDependencies {
  dispatches: Pick<DispatchService, 'dispatch'>;
  enterprises: EnterpriseDirectory;
  policy: WorkflowPolicy;
}

/**
 * Files the appeal a 万人助万企 need was raised as (`cn.erqi.enterprise.visit-need-raised`), on the
 * channel the channel table gives visits, with its first timeline entry, its dispatch and its events,
 * inside the transaction that records the event as applied. The appeal's id is the one the need fixed:
 * an appeal already filed under it (a redelivery, a replay with another event id) changes nothing.
 */
export function visitNeedHandler(deps: VisitNeedDependencies) {
  return async (event: CloudEvent, manager: EntityManager): Promise<void> => {
    if (event.type !== eventCatalogue.visitNeedRaised.type) return;
    const { data } = assertKnownEvent(event, 'visitNeedRaised');
    if (await manager.existsBy(Appeal, { id: data.appealId })) return;
    const enterprise = await deps.enterprises.findEnterprise(data.enterpriseId);
    // Registered a moment ago and not in our copy yet: not applied, so the consumer tries again
    // (the offset is held) until the registry catches up.
    if (!enterprise)
      throw new Error(`enterprise ${data.enterpriseId} is not in the registry copy yet`);
    const category =
      (await manager.findOneBy(AppealCategory, { code: data.category })) ??
      (await manager.findOneByOrFail(AppealCategory, { code: FALLBACK_CATEGORY }));
    const channel = channelOfEntry({ kind: 'ENTERPRISE_VISIT_NEED' });
    const submittedAt = new Date(data.raisedAt);
    const handlingMode = data.handlingMode as HandlingMode;
    const appeal = manager.create(Appeal, {
      id: data.appealId,
      title: data.title,
      description: data.description,
      status: AppealStatus.SUBMITTED,
      handlingMode,
      channel,
      categoryCode: category.code,
      enterpriseId: enterprise.id,
      gridCellId: enterprise.gridCellId,
      leadDepartmentId: null,
      submittedAt,
      dueAt: dueAtFor(
        handlingMode,
        submittedAt,
        deps.policy.calendar,
        deps.policy.handlingDeadlines,
      ),
      version: 1,
      // Whoever raised it reads it as one it filed (docs/ACCESS.md).
      submittedBy: data.raisedBy.subject,
      clientRequestId: null,
    });
    appeal.possibleDuplicateOfId =
      (await findPossibleDuplicate(manager, appeal, deps.policy.duplicates))?.id ?? null;
    await manager.insert(Appeal, appeal);
    await manager.insert(TimelineEntry, {
      id: randomUUID(),
      appealId: appeal.id,
      at: submittedAt,
      actor: `${data.raisedBy.role}:${data.raisedBy.name ?? data.raisedBy.subject}`,
      fromStatus: null,
      toStatus: AppealStatus.SUBMITTED,
      note: `${submissionNote(channel, {
        role: data.raisedBy.role,
        subject: data.raisedBy.subject,
        ...(data.raisedBy.name ? { name: data.raisedBy.name } : {}),
      })}${category.code === data.category ? '' : `（分类 ${data.category} 未知，按 ${FALLBACK_CATEGORY} 受理）`}`,
    });
    await enqueueEvents(manager, [appealSubmittedEvent(appeal)]);
    await deps.dispatches.dispatch(appeal, manager);
  };
}
