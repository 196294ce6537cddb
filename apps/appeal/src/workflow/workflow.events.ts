import type { OutboundEvent } from '@erqi/shared/data-access-events';
import {
  APPEAL_LIFECYCLE_TOPIC,
  type AppealTransitionData,
  createCloudEvent,
  eventCatalogue,
} from '@erqi/shared/util-event-catalogue';
import { AppealStatus } from '../appeal/appeal.enums';

/** The catalogue entry announcing arrival in each status. */
const EVENT_OF_STATUS = {
  [AppealStatus.ACCEPTED]: eventCatalogue.appealAccepted,
  [AppealStatus.HANDLING]: eventCatalogue.appealHandlingStarted,
  [AppealStatus.TRANSFERRED]: eventCatalogue.appealTransferred,
  [AppealStatus.RESOLVED]: eventCatalogue.appealResolved,
  [AppealStatus.EVALUATED]: eventCatalogue.appealEvaluated,
  [AppealStatus.REOPENED]: eventCatalogue.appealReopened,
  [AppealStatus.CLOSED]: eventCatalogue.appealClosed,
} as const;

export interface TransitionFacts {
  appealId: string;
  fromStatus: AppealStatus;
  toStatus: Exclude<AppealStatus, typeof AppealStatus.SUBMITTED>;
  actor: string;
  at: Date;
  note: string | null;
  dueAt: Date;
}

/** One step of the closed loop on `appeal.lifecycle`, keyed by the appeal so its events stay in order. */
export function appealTransitionEvent(facts: TransitionFacts): OutboundEvent {
  const { type, source } = EVENT_OF_STATUS[facts.toStatus];
  const data: AppealTransitionData = {
    appealId: facts.appealId,
    fromStatus: facts.fromStatus,
    toStatus: facts.toStatus,
    actor: facts.actor,
    at: facts.at.toISOString(),
    note: facts.note,
    dueAt: facts.dueAt.toISOString(),
  };
  return {
    topic: APPEAL_LIFECYCLE_TOPIC,
    key: facts.appealId,
    event: createCloudEvent({ type, source, subject: facts.appealId, time: facts.at, data }),
  };
}
