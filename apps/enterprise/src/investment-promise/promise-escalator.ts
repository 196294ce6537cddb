import { enqueueEvents } from '@erqi/shared/data-access-events';
import type { Clock } from '@erqi/shared/util-clock';
import type { Logger } from '@erqi/shared/util-logging';
import { PeriodicTask } from '@erqi/shared/util-periodic-task';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import type { DataSource } from 'typeorm';
import { policyPromiseOverdueEvent } from './promise.events';

export interface PromiseEscalatorOptions {
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  /** Called after a round that escalated promises has committed (wakes the outbox relay). */
  onEventsCommitted: () => void;
  /** How often to look. @default 300000 */
  intervalMs?: number;
}

/**
 * 双招双引: a promise still PENDING once its due day is over (Asia/Shanghai) becomes OVERDUE and goes
 * to the supervisors, once: one UPDATE … RETURNING claims the promises (escalated_at set only where it
 * was null) and their events go into the outbox in the same transaction, as appeals' overdue sweep.
 */
export class PromiseEscalator {
  private readonly task: PeriodicTask;

  constructor(private readonly options: PromiseEscalatorOptions) {
    this.task = new PeriodicTask({
      intervalMs: options.intervalMs ?? 300_000,
      runAtLaunch: true,
      run: async () => {
        const escalated = await this.runOnce();
        if (escalated.length > 0)
          this.options.logger.info('escalated overdue policy promises', {
            count: escalated.length,
          });
      },
      onError: (error) =>
        this.options.logger.warn('promise sweep failed, trying again later', {
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

  /** Escalates every promise whose due day ended before the clock's now; returns their ids. */
  async runOnce(): Promise<string[]> {
    const now = this.options.clock();
    const today = shanghaiDateOf(now);
    const ids = await this.options.dataSource.transaction(async (manager) => {
      const claimed = (await manager.query(
        `WITH claimed AS (
           UPDATE policy_promise SET state = 'OVERDUE', escalated_at = $1
            WHERE state = 'PENDING' AND escalated_at IS NULL AND due_on < $2::date
            RETURNING id, owner_department_code, text, to_char(due_on, 'YYYY-MM-DD') AS due_on,
                      project_id, talent_id
         )
         SELECT claimed.*, COALESCE(project.name, talent.name) AS recipient_name
           FROM claimed
           LEFT JOIN attracted_project project ON project.id = claimed.project_id
           LEFT JOIN attracted_talent talent ON talent.id = claimed.talent_id`,
        [now, today],
      )) as Array<{
        id: string;
        owner_department_code: string;
        text: string;
        due_on: string;
        project_id: string | null;
        recipient_name: string;
      }>;
      await enqueueEvents(
        manager,
        claimed.map((row) =>
          policyPromiseOverdueEvent(
            {
              promiseId: row.id,
              ownerDepartmentCode: row.owner_department_code,
              recipientKind: row.project_id ? 'PROJECT' : 'TALENT',
              recipientName: row.recipient_name,
              text: row.text,
              dueOn: row.due_on,
              detectedAt: now.toISOString(),
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
