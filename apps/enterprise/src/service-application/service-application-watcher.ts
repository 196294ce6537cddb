import { enqueueEvents } from '@erqi/shared/data-access-events';
import type { Clock } from '@erqi/shared/util-clock';
import type { Logger } from '@erqi/shared/util-logging';
import { PeriodicTask } from '@erqi/shared/util-periodic-task';
import type { DataSource } from 'typeorm';
import { serviceApplicationOverdueEvent } from './service-application.events';

/** How often the watcher looks, unless told otherwise. */
export const DEFAULT_SERVICE_APPLICATION_SCAN_MS = 60_000;

export interface ServiceApplicationWatcherOptions {
  dataSource: DataSource;
  clock: Clock;
  /** Called after a scan committed events (wakes the outbox relay). */
  onEventsCommitted: () => void;
  logger?: Logger;
  /** @default DEFAULT_SERVICE_APPLICATION_SCAN_MS (60 s) */
  intervalMs?: number;
}

/** What one scan did. */
export interface ServiceApplicationScan {
  /** Applications whose supply date (容缺) passed with materials missing, ended by this scan. */
  terminated: string[];
  /** Applications past their time limit escalated (督办) by this scan, not by another replica. */
  escalated: string[];
}

/**
 * The 易企办 clock, as appeals' 督办 watcher: ends the 容缺 applications whose materials did not come
 * by the promised date, and escalates each application still undecided at its due time ONCE — one
 * UPDATE … RETURNING claims the rows (escalated_at set only where it was null) and the events go
 * into the outbox in the same transaction, so two replicas never both announce one.
 */
export class ServiceApplicationWatcher {
  private readonly task: PeriodicTask;

  constructor(private readonly options: ServiceApplicationWatcherOptions) {
    this.task = new PeriodicTask({
      intervalMs: options.intervalMs ?? DEFAULT_SERVICE_APPLICATION_SCAN_MS,
      run: async () => {
        const scan = await this.scanOnce();
        if (scan.escalated.length + scan.terminated.length > 0)
          this.options.logger?.info('易企办: applications ended or escalated', {
            terminated: scan.terminated.length,
            escalated: scan.escalated.length,
          });
      },
      onError: (error) =>
        this.options.logger?.error('易企办 scan failed; retrying at the next', {
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

  async scanOnce(now: Date = this.options.clock()): Promise<ServiceApplicationScan> {
    const { dataSource } = this.options;
    // Ended before escalating: a lapsed application is no longer waiting on the department.
    const terminated = (await dataSource.query(
      `WITH ended AS (
         UPDATE service_application
            SET status = 'TERMINATED', decided_at = $1, decided_by = 'system',
                decision_note = '容缺材料逾期未补齐，终止办理'
          WHERE status = 'ACCEPTED' AND supply_by IS NOT NULL AND supply_by <= $1
            AND NOT (deferred_materials <@ supplied_materials)
          RETURNING id)
       SELECT id FROM ended`,
      [now],
    )) as Array<{ id: string }>;
    const escalated = await dataSource.transaction(async (manager) => {
      const claimed = (await manager.query(
        `WITH claimed AS (
           UPDATE service_application SET escalated_at = $1
            WHERE status = 'ACCEPTED' AND due_at <= $1 AND escalated_at IS NULL
            RETURNING id, matter_code, matter_name, department_code, enterprise_id, due_at)
         SELECT * FROM claimed`,
        [now],
      )) as Array<{
        id: string;
        matter_code: string;
        matter_name: string;
        department_code: string;
        enterprise_id: string;
        due_at: Date;
      }>;
      await enqueueEvents(
        manager,
        claimed.map((row) =>
          serviceApplicationOverdueEvent(
            {
              id: row.id,
              matterCode: row.matter_code,
              matterName: row.matter_name,
              departmentCode: row.department_code,
              enterpriseId: row.enterprise_id,
              dueAt: new Date(row.due_at),
            },
            now,
          ),
        ),
      );
      return claimed.map((row) => row.id);
    });
    if (escalated.length > 0) this.options.onEventsCommitted();
    return { terminated: terminated.map((row) => row.id), escalated };
  }
}
