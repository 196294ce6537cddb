import {
  assertKnownEvent,
  type CloudEvent,
  eventCatalogue,
} from '@erqi/shared/util-event-catalogue';
import type { EntityManager } from 'typeorm';

/** The closed-loop steps that change an appeal's status; their data carry `toStatus`. */
const TRANSITIONS = [
  'appealAccepted',
  'appealHandlingStarted',
  'appealTransferred',
  'appealResolved',
  'appealEvaluated',
  'appealReopened',
  'appealClosed',
] as const;

/**
 * Keeps `known_appeal` (which appeal belongs to which enterprise, and its status now) from
 * `appeal.lifecycle`, inside the transaction that records the event as applied. Events of one appeal
 * share a key and so arrive in order; a step older than the copy (a replay) changes nothing. Other
 * types on the topic (dispatches, reports, deadlines) do not change the status and are skipped.
 */
export async function applyAppealLifecycleEvent(
  event: CloudEvent,
  manager: EntityManager,
): Promise<void> {
  if (event.type === eventCatalogue.appealSubmitted.type) {
    const { data } = assertKnownEvent(event, 'appealSubmitted');
    await manager.query(
      `INSERT INTO known_appeal (id, enterprise_id, status, changed_at) VALUES ($1, $2, 'SUBMITTED', $3)
       ON CONFLICT (id) DO NOTHING`,
      [data.appealId, data.enterpriseId, data.submittedAt],
    );
    return;
  }
  const transition = TRANSITIONS.find((name) => eventCatalogue[name].type === event.type);
  if (!transition) return;
  const { data } = assertKnownEvent(event, transition);
  // An appeal submitted before the topic's retention began is not known: without its enterprise it
  // cannot be anyone's cause, so the step is skipped rather than dead-lettered.
  await manager.query(
    `UPDATE known_appeal SET status = $2, changed_at = $3 WHERE id = $1 AND changed_at <= $3`,
    [data.appealId, data.toStatus, data.at],
  );
}
