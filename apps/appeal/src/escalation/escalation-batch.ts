import { enqueueEventsInBulk } from '@erqi/shared/data-access-events';
import type { EntityManager } from 'typeorm';
import type { AppealStatus } from '@erqi/appeal/util-contract';
import { SETTLED_SQL } from '../appeal/settled-sql';
import type { AppealEscalation } from './appeal-escalation.entity';
import type { EscalationDeadline } from './escalation.enums';
import { appealOverdueEvents, escalationNote } from './escalation.events';

/** Who the timeline names for a 督办 step. */
const WATCHER_ACTOR = 'system';

/**
 * Locks the batch's appeals that are still open. SKIP LOCKED: an appeal another replica (or a
 * mutation) holds is left to it — that replica escalates it, or the next scan does — so that two
 * watchers walking the same backlog share it instead of queueing behind each other's locks.
 */
const LOCK_OPEN_APPEALS = `
  SELECT id, status FROM appeal
  WHERE id = ANY($1::uuid[]) AND status NOT IN ${SETTLED_SQL}
  FOR UPDATE SKIP LOCKED`;

/**
 * The locked appeals' deadlines that passed, read after the lock (a report-in or a reopening that
 * committed since the scan counts), inserted once: the unique index `appeal_escalation_once` makes a
 * deadline that another replica already escalated insert nothing, and only what this statement added
 * comes back. The inserted row is also the appeal's overdue mark (`cleared_at` NULL until the watcher
 * sees the appeal caught up): the appeal row itself is not written.
 */
const CLAIM_DEADLINES = `
  INSERT INTO appeal_escalation (id, appeal_id, deadline, deadline_at, department_code, detected_at)
  SELECT gen_random_uuid(), appeal_id, deadline, deadline_at, department_code, $2 FROM (
    SELECT a.id AS appeal_id, 'HANDLING' AS deadline, a.due_at AS deadline_at, NULL::text AS department_code
    FROM appeal a WHERE a.id = ANY($1::uuid[]) AND a.due_at <= $2
    UNION ALL
    SELECT d.appeal_id, 'ACKNOWLEDGEMENT', d.acknowledge_by, d.target_code
    FROM appeal_dispatch d
    WHERE d.appeal_id = ANY($1::uuid[]) AND d.target_kind = 'DEPARTMENT' AND d.acknowledged_at IS NULL
      AND d.acknowledge_by <= $2
  ) due
  ORDER BY deadline_at, appeal_id
  ON CONFLICT DO NOTHING
  RETURNING id, appeal_id, deadline, deadline_at, department_code, detected_at`;

/**
 * One timeline entry per escalation, the appeal's status unchanged. The entries arrive as one JSON
 * document: the driver's escaping of a text array (the notes) in JavaScript costs more than JSON.
 */
const ADD_TIMELINE_ENTRIES = `
  INSERT INTO timeline_entry (id, appeal_id, at, actor, from_status, to_status, note)
  SELECT gen_random_uuid(), entry.appeal_id, $2, $3, entry.status, entry.status, entry.note
  FROM json_to_recordset($1::json) AS entry (appeal_id uuid, status text, note text)`;

interface ClaimedRow {
  id: string;
  appeal_id: string;
  deadline: EscalationDeadline;
  deadline_at: Date;
  department_code: string | null;
  detected_at: Date;
}

/**
 * Escalates the passed deadlines of a batch of appeals inside the caller's transaction, with a fixed
 * number of statements whatever the batch's size: lock, claim (which is also the overdue mark),
 * timeline, outbox; the appeal rows are only locked, never written. Returns the escalations this
 * transaction added, oldest deadline first.
 */
export async function escalateAppealBatch(
  manager: EntityManager,
  appealIds: string[],
  now: Date,
): Promise<AppealEscalation[]> {
  const locked = (await manager.query(LOCK_OPEN_APPEALS, [appealIds])) as Array<{
    id: string;
    status: AppealStatus;
  }>;
  if (locked.length === 0) return [];
  const statusOf = new Map(locked.map((row) => [row.id, row.status]));
  // An INSERT … RETURNING answers its rows (unlike UPDATE, which TypeORM pairs with a count).
  const claimed = (await manager.query(CLAIM_DEADLINES, [
    [...statusOf.keys()],
    now,
  ])) as ClaimedRow[];
  if (claimed.length === 0) return [];
  const escalations: AppealEscalation[] = claimed
    .map((row) => ({
      id: row.id,
      appealId: row.appeal_id,
      deadline: row.deadline,
      deadlineAt: row.deadline_at,
      departmentCode: row.department_code,
      detectedAt: row.detected_at,
    }))
    .sort(
      (a, b) =>
        a.deadlineAt.getTime() - b.deadlineAt.getTime() || a.appealId.localeCompare(b.appealId),
    );
  const entries = escalations.map((escalation) => {
    const status = statusOf.get(escalation.appealId);
    // Every claimed deadline belongs to an appeal locked above.
    if (!status) throw new Error('督办: claimed a deadline of an appeal it did not lock');
    return { appeal_id: escalation.appealId, status, note: escalationNote(escalation) };
  });
  await manager.query(ADD_TIMELINE_ENTRIES, [JSON.stringify(entries), now, WATCHER_ACTOR]);
  await enqueueEventsInBulk(
    manager,
    escalations.flatMap((escalation) => appealOverdueEvents(escalation)),
  );
  return escalations;
}
