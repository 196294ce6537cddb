import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import { PeriodicTask } from '@erqi/shared/util-periodic-task';
import type { Logger } from '@erqi/shared/util-logging';
import { type DataSource, In } from 'typeorm';
import { SETTLED_SQL } from '../appeal/settled-sql';
import type { Clock } from '@erqi/shared/util-clock';
import { findingChangedEvent } from '../supervision/supervision.events';
import { SupervisionFindingEntry } from '../supervision/supervision-finding-entry.entity';
import { SupervisionFinding } from '../supervision/supervision-finding.entity';
import { escalateAppealBatch } from './escalation-batch';
import type { EscalationDeadline } from './escalation.enums';

/** How often the watcher looks for passed deadlines, unless told otherwise. */
export const DEFAULT_ESCALATION_SCAN_MS = 60_000;

/** Who the ledger names for a 督办 step. */
const WATCHER_ACTOR = 'system';

export interface EscalationWatcherOptions {
  dataSource: DataSource;
  clock: Clock;
  /** Called after a scan committed events (wakes the outbox relay). */
  onEventsCommitted: () => void;
  logger?: Logger;
  /** Time between scans. @default DEFAULT_ESCALATION_SCAN_MS (60 s) */
  intervalMs?: number;
  /**
   * Appeals escalated per transaction (a fixed number of statements each): the bigger, the fewer
   * commits and round trips per deadline, the longer a batch holds its appeals' row locks.
   * @default 1000
   */
  batchSize?: number;
  /** Most deadlines one scan looks at; the rest wait for the next scan. @default 50,000 */
  maxPerScan?: number;
}

/** What one scan did. */
export interface EscalationScan {
  /** Appeal deadlines escalated by this scan (not by another replica). */
  appealEscalations: number;
  /** Findings of the ledger escalated by this scan. */
  findingEscalations: number;
  /** Appeals no longer behind on anything, whose overdue mark was cleared. */
  cleared: number;
}

interface DueDeadline {
  appeal_id: string;
  deadline: EscalationDeadline;
  deadline_at: Date;
  department_code: string | null;
}

/**
 * 督办: finds the appeals whose acknowledgement (报到) or handling deadline passed and the ledger's
 * findings not rectified in time, and escalates each deadline ONCE — however many replicas scan at
 * the same moment. Appeals are escalated set-based, a batch per transaction (escalation-batch.ts): the
 * escalation rows (unique per deadline, `INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING`; a row not
 * yet cleared is the appeal's overdue mark), the timeline entries and the `cn.erqi.appeal.overdue`
 * events are written together,
 * and a deadline whose insert lost to another replica writes nothing. A new deadline (a reopened
 * appeal, a rejected rectification) escalates again, once.
 */
export class EscalationWatcher {
  private readonly task: PeriodicTask;
  private readonly batchSize: number;
  private readonly maxPerScan: number;

  constructor(private readonly options: EscalationWatcherOptions) {
    this.batchSize = options.batchSize ?? 1000;
    this.maxPerScan = options.maxPerScan ?? 50_000;
    this.task = new PeriodicTask({
      intervalMs: options.intervalMs ?? DEFAULT_ESCALATION_SCAN_MS,
      run: async () => {
        const scan = await this.scanOnce();
        if (scan.appealEscalations + scan.findingEscalations > 0)
          this.options.logger?.info('督办: deadlines escalated', { ...scan });
      },
      onError: (error) =>
        this.options.logger?.error('督办 scan failed; retrying at the next', {
          error: error instanceof Error ? error.message : String(error),
        }),
    });
  }

  /** Scans every `intervalMs` in the background (a `BackgroundWorker`); a failed scan is logged and retried at the next. */
  launch(): void {
    this.task.launch();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One scan at `now`: escalates what passed, clears the mark of appeals that caught up. */
  async scanOnce(now: Date = this.options.clock()): Promise<EscalationScan> {
    const appealEscalations = await this.escalateAppeals(now);
    const findingEscalations = await this.escalateFindings(now);
    const cleared = await this.clearCaughtUp(now);
    if (findingEscalations > 0) this.options.onEventsCommitted();
    return { appealEscalations, findingEscalations, cleared };
  }

  /**
   * One look for passed deadlines (oldest first, at most `maxPerScan`), then their appeals in
   * transactions of `batchSize` appeals each, the relay woken after each commit. Appeals another
   * replica holds are skipped, so two replicas walking the same list share it.
   */
  private async escalateAppeals(now: Date): Promise<number> {
    const appealIds = [
      ...new Set((await this.dueAppealDeadlines(now)).map((deadline) => deadline.appeal_id)),
    ];
    let escalated = 0;
    for (let start = 0; start < appealIds.length; start += this.batchSize) {
      const batch = appealIds.slice(start, start + this.batchSize);
      const added = await this.options.dataSource.transaction((manager) =>
        escalateAppealBatch(manager, batch, now),
      );
      if (added.length === 0) continue;
      escalated += added.length;
      this.options.onEventsCommitted();
    }
    return escalated;
  }

  /** The deadlines passed by `now` and not yet escalated: handling deadlines of open appeals, and reports-in (报到) still missing. */
  private async dueAppealDeadlines(now: Date): Promise<DueDeadline[]> {
    return (await this.options.dataSource.query(
      `SELECT appeal_id, deadline, deadline_at, department_code FROM (
         SELECT a.id AS appeal_id, 'HANDLING' AS deadline, a.due_at AS deadline_at, NULL::text AS department_code
         FROM appeal a
         WHERE a.status NOT IN ${SETTLED_SQL} AND a.due_at <= $1
           AND NOT EXISTS (
             SELECT 1 FROM appeal_escalation e
             WHERE e.appeal_id = a.id AND e.deadline = 'HANDLING' AND e.deadline_at = a.due_at AND COALESCE(e.department_code, '') = '')
         UNION ALL
         SELECT d.appeal_id, 'ACKNOWLEDGEMENT', d.acknowledge_by, d.target_code
         FROM appeal_dispatch d JOIN appeal a ON a.id = d.appeal_id
         WHERE d.acknowledged_at IS NULL AND d.acknowledge_by IS NOT NULL AND d.acknowledge_by <= $1
           AND d.target_kind = 'DEPARTMENT' AND a.status NOT IN ${SETTLED_SQL}
           AND NOT EXISTS (
             SELECT 1 FROM appeal_escalation e
             WHERE e.appeal_id = d.appeal_id AND e.deadline = 'ACKNOWLEDGEMENT' AND e.deadline_at = d.acknowledge_by
               AND COALESCE(e.department_code, '') = d.target_code)
       ) due
       ORDER BY deadline_at, appeal_id
       LIMIT $2`,
      [now, this.maxPerScan],
    )) as DueDeadline[];
  }

  /**
   * Findings not rectified by their deadline. The conditional UPDATE marks each deadline once: a second
   * replica's UPDATE waits for the first's row lock, then finds its condition no longer true.
   */
  private async escalateFindings(now: Date): Promise<number> {
    const escalated = await this.options.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE supervision_finding SET overdue = true, escalated_deadline_at = rectify_by
         WHERE id IN (
           SELECT id FROM supervision_finding
           WHERE status IN ('OPEN', 'RECTIFYING') AND rectify_by <= $1 AND escalated_deadline_at IS DISTINCT FROM rectify_by
           ORDER BY rectify_by LIMIT $2)
         AND status IN ('OPEN', 'RECTIFYING') AND escalated_deadline_at IS DISTINCT FROM rectify_by
         RETURNING id`,
        [now, this.batchSize],
      )) as [Array<{ id: string }>, number];
      if (rows.length === 0) return [];
      const findings = await manager.findBy(SupervisionFinding, {
        id: In(rows.map((row) => row.id)),
      });
      await manager.insert(
        SupervisionFindingEntry,
        findings.map((finding) => ({
          id: randomUUID(),
          findingId: finding.id,
          at: now,
          actor: WATCHER_ACTOR,
          fromStatus: finding.status,
          toStatus: finding.status,
          note: `督办: 整改期限 ${finding.rectifyBy.toISOString()} 已过，${finding.departmentCode} 尚未整改到位`,
        })),
      );
      await enqueueEvents(
        manager,
        findings.map((finding) => findingChangedEvent(finding, now)),
      );
      return findings;
    });
    return escalated.length;
  }

  /**
   * Appeals marked overdue that wait on nothing late any more (resolved, reopened with a new deadline,
   * reported in): their standing escalations are cleared, the appeal row untouched. Two replicas
   * clearing at once: the second's UPDATE waits for the first's row locks, then finds `cleared_at` set.
   */
  private async clearCaughtUp(now: Date): Promise<number> {
    const [rows] = (await this.options.dataSource.query(
      `UPDATE appeal_escalation e SET cleared_at = $1
       FROM appeal a
       WHERE e.cleared_at IS NULL AND a.id = e.appeal_id
         AND (a.status IN ${SETTLED_SQL} OR (a.due_at > $1 AND NOT EXISTS (
           SELECT 1 FROM appeal_dispatch d
           WHERE d.appeal_id = a.id AND d.target_kind = 'DEPARTMENT' AND d.acknowledged_at IS NULL AND d.acknowledge_by <= $1)))
       RETURNING e.appeal_id`,
      [now],
    )) as [Array<{ appeal_id: string }>, number];
    return new Set(rows.map((row) => row.appeal_id)).size;
  }
}
