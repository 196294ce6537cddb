import { enqueueEvents } from '@erqi/shared/data-access-events';
import type { Clock } from '@erqi/shared/util-clock';
import type { Logger } from '@erqi/shared/util-logging';
import { PeriodicTask } from '@erqi/shared/util-periodic-task';
import type { DataSource } from 'typeorm';
import { adviceNoteOverdueEvent } from './advice.events';

export interface AdviceEscalatorOptions {
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  /** Called after a round that escalated notes has committed (wakes the outbox relay). */
  onEventsCommitted: () => void;
  /** How often to look. @default 300000 */
  intervalMs?: number;
}

/**
 * 顾问团 advice unanswered past its due date goes to the supervisors, once: one UPDATE … RETURNING
 * claims the notes (escalated_at set only where it was null), so two replicas never both announce one.
 */
export class AdviceEscalator {
  private readonly task: PeriodicTask;

  constructor(private readonly options: AdviceEscalatorOptions) {
    this.task = new PeriodicTask({
      intervalMs: options.intervalMs ?? 300_000,
      runAtLaunch: false,
      run: async () => {
        const escalated = await this.runOnce();
        if (escalated.length > 0)
          this.options.logger.info('escalated unanswered advice notes', {
            count: escalated.length,
          });
      },
      onError: (error) =>
        this.options.logger.warn('advice sweep failed, trying again later', {
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

  /** Escalates every note unanswered past its due date by the clock's now; returns their ids. */
  async runOnce(): Promise<string[]> {
    const now = this.options.clock();
    const ids = await this.options.dataSource.transaction(async (manager) => {
      // Wrapped in a SELECT so the driver answers the rows themselves (not [rows, count]).
      const claimed = (await manager.query(
        `WITH claimed AS (
           UPDATE advice_note SET escalated_at = $1
            WHERE response IS NULL AND escalated_at IS NULL AND respond_by < $1
            RETURNING id, department_code, title, respond_by
         )
         SELECT * FROM claimed`,
        [now],
      )) as Array<{ id: string; department_code: string; title: string; respond_by: Date }>;
      await enqueueEvents(
        manager,
        claimed.map((row) =>
          adviceNoteOverdueEvent(
            {
              id: row.id,
              departmentCode: row.department_code,
              title: row.title,
              respondBy: new Date(row.respond_by),
            },
            now,
          ),
        ),
      );
      return claimed.map((row) => row.id);
    });
    if (ids.length > 0) this.options.onEventsCommitted();
    return ids;
  }
}
