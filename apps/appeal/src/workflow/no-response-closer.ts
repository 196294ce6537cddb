import { randomUUID } from 'node:crypto';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import { PeriodicTask } from '@erqi/shared/util-periodic-task';
import type { Logger } from '@erqi/shared/util-logging';
import type { DataSource } from 'typeorm';
import { Appeal } from '../appeal/appeal.entity';
import { AppealStatus, ClosureReason } from '../appeal/appeal.enums';
import { TimelineEntry, TimelineEntryKind } from '../appeal/timeline-entry.entity';
import type { Clock } from '@erqi/shared/util-clock';
import { TRANSITIONS } from '../policy/transitions';
import { appealTransitionEvent } from './workflow.events';
import { WorkflowAction } from '../policy/workflow-action';

const ACTOR = 'system';

export interface NoResponseCloserOptions {
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  /** Called after a round that closed appeals has committed (wakes the outbox relay). */
  onEventsCommitted: () => void;
  /** How often to look. @default 60000 */
  intervalMs?: number;
  /** Appeals closed per transaction. @default 100 */
  batchSize?: number;
}

/**
 * Closes resolved appeals nobody evaluated within the evaluation window as NO_RESPONSE (never as
 * satisfied). Safe with several replicas: each round claims its rows with `FOR UPDATE SKIP LOCKED`
 * and re-checks the status in the same UPDATE, so an appeal is closed, noted and announced once.
 */
export class NoResponseCloser {
  private readonly task: PeriodicTask;
  private readonly batchSize: number;

  constructor(private readonly options: NoResponseCloserOptions) {
    this.batchSize = options.batchSize ?? 100;
    this.task = new PeriodicTask({
      intervalMs: options.intervalMs ?? 60_000,
      runAtLaunch: false,
      run: async () => {
        const closed = await this.runOnce();
        if (closed.length > 0)
          this.options.logger.info('closed appeals nobody evaluated as NO_RESPONSE', {
            count: closed.length,
          });
      },
      onError: (error) =>
        this.options.logger.warn('no-response scan failed, trying again later', {
          error: String(error),
        }),
    });
  }

  launch(): void {
    this.task.launch();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Closes every appeal whose evaluation window has passed by the clock's now; returns their ids. */
  async runOnce(): Promise<string[]> {
    const closed: string[] = [];
    for (;;) {
      const batch = await this.closeBatch();
      closed.push(...batch);
      if (batch.length < this.batchSize) break;
    }
    if (closed.length > 0) this.options.onEventsCommitted();
    return closed;
  }

  private closeBatch(): Promise<string[]> {
    const { from, to } = TRANSITIONS[WorkflowAction.EXPIRE_EVALUATION];
    const now = this.options.clock();
    return this.options.dataSource.transaction(async (manager) => {
      const table = manager.getRepository(Appeal).metadata.tablePath;
      const rows = (await manager.query(
        `WITH due AS (
           SELECT id FROM ${table} WHERE status = ANY($2) AND evaluation_due_at <= $1
           ORDER BY evaluation_due_at LIMIT $3 FOR UPDATE SKIP LOCKED
         ), closed AS (
           UPDATE ${table} appeal SET status = $4, closure_reason = $5, closed_at = $1, version = appeal.version + 1
           FROM due WHERE appeal.id = due.id AND appeal.status = ANY($2)
           RETURNING appeal.id, appeal.due_at, appeal.evaluation_due_at
         )
         SELECT id, due_at, evaluation_due_at FROM closed`,
        [now, [...from], this.batchSize, to, ClosureReason.NO_RESPONSE],
      )) as Array<{ id: string; due_at: Date; evaluation_due_at: Date }>;
      for (const row of rows) {
        const note = `评价回访超时: nobody evaluated it by ${new Date(row.evaluation_due_at).toISOString()}; closed as no response (not as satisfied)`;
        await manager.insert(TimelineEntry, {
          id: randomUUID(),
          appealId: row.id,
          at: now,
          actor: ACTOR,
          fromStatus: AppealStatus.RESOLVED,
          toStatus: AppealStatus.CLOSED,
          note,
          kind: TimelineEntryKind.STEP,
        });
        await enqueueEvents(manager, [
          appealTransitionEvent({
            appealId: row.id,
            fromStatus: AppealStatus.RESOLVED,
            toStatus: AppealStatus.CLOSED,
            actor: ACTOR,
            at: now,
            note,
            dueAt: new Date(row.due_at),
          }),
        ]);
      }
      return rows.map((row) => row.id);
    });
  }
}
