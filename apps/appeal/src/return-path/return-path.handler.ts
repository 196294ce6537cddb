import { randomUUID } from 'node:crypto';
import {
  assertKnownEvent,
  type CloudEvent,
  departmentAcknowledgementTopic,
  eventCatalogue,
  MalformedEvent,
  VOLUNTEER_LIFECYCLE_TOPIC,
} from '@erqi/shared/util-event-catalogue';
import { NotFound } from '@erqi/shared/util-errors';
import type { EntityManager } from 'typeorm';
import { Appeal } from '../appeal/appeal.entity';
import { TimelineEntry } from '../appeal/timeline-entry.entity';
import type { DispatchService } from '../dispatch/dispatch.service';
import { volunteerEscalationNote, volunteerProgressNote } from './volunteer-progress';
import {
  applyCommunitySuggestion,
  type CommunitySuggestionDependencies,
} from '../community-suggestion/community-suggestion.handler';
import { COMMUNITY_SUGGESTIONS_TOPIC } from '@erqi/shared/util-event-catalogue';

export interface ReturnPathDependencies {
  dispatches: Pick<DispatchService, 'reportIn'>;
  /** When this database was made: an event older than that cannot be about one of its appeals. */
  since: Date;
  /** Residents' suggestions from the grid service (意见表), filed as appeals; without it they wait. */
  communitySuggestions?: CommunitySuggestionDependencies;
}

/**
 * Applies what comes back from the departments and the volunteer teams, inside the transaction that
 * records the event as applied: a department's report (报到) through the same code as the
 * `acknowledgeDispatch` mutation (a second report changes nothing), and a volunteer task's progress as
 * an entry on the appeal's timeline. A record that can never be applied throws `MalformedEvent` and
 * goes to the dead-letter topic at once, without retries.
 */
export function returnPathHandler(
  deps: ReturnPathDependencies,
): (event: CloudEvent, manager: EntityManager, topic: string) => Promise<void> {
  return async (event, manager, topic) => {
    // Replayed from before this database existed (a new database on a used broker): not ours.
    if (Date.parse(event.time) < deps.since.getTime()) return;
    if (topic === COMMUNITY_SUGGESTIONS_TOPIC) {
      if (!deps.communitySuggestions) throw new Error('community suggestions are not set up here');
      await applyCommunitySuggestion(event, manager, deps.communitySuggestions);
      return;
    }
    if (topic === VOLUNTEER_LIFECYCLE_TOPIC) {
      await applyVolunteerProgress(event, manager);
      return;
    }
    const { data } = assertKnownEvent(event, 'departmentReportedIn');
    // Each department writes only its own topic (the broker's access rules will hold it to that).
    if (topic !== departmentAcknowledgementTopic(data.departmentCode))
      throw new MalformedEvent(`a report of ${data.departmentCode} arrived on ${topic}`);
    try {
      // Already reported in (a redelivery, or the mutation came first): nothing changes.
      await deps.dispatches.reportIn(manager, data.appealId, data.departmentCode, data.note);
    } catch (error) {
      if (error instanceof NotFound) throw new MalformedEvent(error.message);
      throw error;
    }
  };
}

async function applyVolunteerProgress(event: CloudEvent, manager: EntityManager): Promise<void> {
  let progress: { appealId: string; teamCode: string; at: string; note: string };
  if (event.type === eventCatalogue.volunteerTaskCreated.type) {
    const { data } = assertKnownEvent(event, 'volunteerTaskCreated');
    progress = {
      appealId: data.appealId,
      teamCode: data.teamCode,
      at: data.createdAt,
      note: volunteerProgressNote(data.teamCode, 'OPEN'),
    };
  } else if (event.type === eventCatalogue.volunteerTaskStatusChanged.type) {
    const { data } = assertKnownEvent(event, 'volunteerTaskStatusChanged');
    progress = {
      appealId: data.appealId,
      teamCode: data.teamCode,
      at: data.changedAt,
      note: volunteerProgressNote(data.teamCode, data.toStatus, {
        ...(data.volunteer ? { volunteerName: data.volunteer.name } : {}),
        ...(data.note ? { note: data.note } : {}),
      }),
    };
  } else if (event.type === eventCatalogue.volunteerTaskEscalated.type) {
    const { data } = assertKnownEvent(event, 'volunteerTaskEscalated');
    progress = {
      appealId: data.appealId,
      teamCode: data.teamCode,
      at: data.escalatedAt,
      note: volunteerEscalationNote(data.teamCode, data.acceptMinutes),
    };
  } else {
    // volunteer.lifecycle will carry more kinds of progress; what appeal does not show, it skips.
    return;
  }
  const appeal = await manager.findOne(Appeal, {
    where: { id: progress.appealId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!appeal) throw new MalformedEvent(`there is no appeal ${progress.appealId}`);
  await manager.insert(TimelineEntry, {
    id: randomUUID(),
    appealId: appeal.id,
    at: new Date(progress.at),
    actor: progress.teamCode,
    fromStatus: appeal.status,
    toStatus: appeal.status,
    note: progress.note,
  });
}
