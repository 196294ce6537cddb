import { enqueueEvents } from '@erqi/shared/data-access-events';
import type { BackgroundWorker } from '@erqi/shared/feature-subgraph-server';
import type { Clock } from '@erqi/shared/util-clock';
import type { Logger } from '@erqi/shared/util-logging';
import { PeriodicTask } from '@erqi/shared/util-periodic-task';
import type { DataSource } from 'typeorm';
import { taskEscalatedEvent } from './volunteer-task.events';

/** How long a task may wait for a member to accept it, and how often the sweep looks, unless told otherwise. */
export const DEFAULT_TASK_ACCEPT_MINUTES = 60;
export const DEFAULT_TASK_ESCALATION_SWEEP_MS = 60_000;

export interface TaskEscalationSweepOptions {
  dataSource: DataSource;
  clock: Clock;
  /** Called after a sweep committed events (wakes the outbox relay). */
  onEventsCommitted: () => void;
  logger?: Logger;
  /** @default DEFAULT_TASK_ACCEPT_MINUTES (60) */
  acceptMinutes?: number;
  /** Time between sweeps. @default DEFAULT_TASK_ESCALATION_SWEEP_MS (60 s) */
  intervalMs?: number;
  /** Most tasks escalated per sweep; the rest wait for the next one. @default 200 */
  batchSize?: number;
}

interface ClaimedTask {
  id: string;
  appeal_id: string;
  volunteer_team_id: string;
  created_at: Date;
  team_code: string;
}

/**
 * 上报队长: every OPEN task nobody accepted within `acceptMinutes` goes to its team's lead, ONCE,
 * however many replicas sweep at the same moment. One `UPDATE … WHERE escalated_at IS NULL …
 * RETURNING` claims the tasks (a second replica's UPDATE waits on the row lock, then finds the
 * condition false; SKIP LOCKED lets it pass over rows being claimed instead of waiting), and the
 * `cn.erqi.volunteer.task-escalated` events go into the outbox in the same transaction.
 */
export class TaskEscalationSweep implements BackgroundWorker {
  private readonly task: PeriodicTask;
  readonly acceptMinutes: number;

  constructor(private readonly options: TaskEscalationSweepOptions) {
    this.acceptMinutes = options.acceptMinutes ?? DEFAULT_TASK_ACCEPT_MINUTES;
    this.task = new PeriodicTask({
      intervalMs: options.intervalMs ?? DEFAULT_TASK_ESCALATION_SWEEP_MS,
      run: async () => {
        const escalated = await this.sweepOnce();
        if (escalated.length > 0)
          this.options.logger?.info('上报队长: volunteer tasks nobody accepted in time escalated', {
            taskIds: escalated,
          });
      },
      onError: (error) =>
        this.options.logger?.error('task escalation sweep failed; retrying at the next', {
          error: error instanceof Error ? error.message : String(error),
        }),
    });
  }

  launch(): void {
    this.task.launch();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** One sweep at `now`: the ids of the tasks this sweep (not another replica's) escalated. */
  async sweepOnce(now: Date = this.options.clock()): Promise<string[]> {
    const due = new Date(now.getTime() - this.acceptMinutes * 60_000);
    const claimed = await this.options.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE volunteer_task task SET escalated_at = $1
         FROM volunteer_team team
         WHERE team.id = task.volunteer_team_id
           AND task.id IN (
             SELECT id FROM volunteer_task
             WHERE status = 'OPEN' AND escalated_at IS NULL AND created_at <= $2
             ORDER BY created_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
           AND task.status = 'OPEN' AND task.escalated_at IS NULL
         RETURNING task.id, task.appeal_id, task.volunteer_team_id, task.created_at, team.code AS team_code`,
        [now, due, this.options.batchSize ?? 200],
      )) as [ClaimedTask[], number];
      await enqueueEvents(
        manager,
        rows.map((row) =>
          taskEscalatedEvent(
            {
              id: row.id,
              appealId: row.appeal_id,
              teamId: row.volunteer_team_id,
              createdAt: new Date(row.created_at),
            },
            row.team_code,
            now,
            this.acceptMinutes,
          ),
        ),
      );
      return rows.map((row) => row.id);
    });
    if (claimed.length > 0) this.options.onEventsCommitted();
    return claimed;
  }
}
