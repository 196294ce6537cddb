import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { SubgraphDefinition } from '@erqi/shared/feature-subgraph-server';
import { createLogger, type Logger } from '@erqi/shared/util-http-server';
import type { Kafka } from 'kafkajs';
import type { Logger as SqlLogger } from 'typeorm';
import { type Clock, systemClock } from '@erqi/shared/util-clock';
import { type AppealContext, createAppealContextFactory } from './context';
import { createAppealDataSource } from './data-source';
import { type DepartmentDirectory, HttpDepartmentDirectory } from './dispatch/department-directory';
import { HttpVolunteerTeamDirectory, type VolunteerTeamDirectory } from './dispatch/volunteer-team-directory';
import { CachingEnterpriseDirectory } from './enterprise/caching-enterprise-directory';
import { type EnterpriseDirectory, HttpEnterpriseDirectory } from './enterprise/enterprise-directory';
import { EscalationWatcher } from './escalation/escalation-watcher';
import { buildAppealSchema } from './schema';
import { loadWorkingCalendar } from './calendar/load-working-calendar';
import { NoResponseCloser } from './workflow/no-response-closer';
import { type WorkflowPolicy, workflowPolicy } from './policy/workflow-policy';

export interface AppealSubgraphOptions {
  /** Receives every SQL statement (tests count them). @default undefined (no SQL logging) */
  sqlLogger?: SqlLogger;
  /** Where enterprises are looked up. @default the enterprise subgraph at ENTERPRISE_SUBGRAPH_URL, remembered for a minute */
  enterpriseDirectory?: EnterpriseDirectory;
  /** Where department codes are checked. @default new HttpDepartmentDirectory() (the grid subgraph at GRID_SUBGRAPH_URL) */
  departmentDirectory?: DepartmentDirectory;
  /** Where the teams covering a cell are looked up. @default new HttpVolunteerTeamDirectory() (the volunteer subgraph at VOLUNTEER_SUBGRAPH_URL) */
  volunteerTeamDirectory?: VolunteerTeamDirectory;
  /** The time submissions are stamped with. @default () => new Date() */
  clock?: Clock;
  /**
   * The cluster the outbox is published to. Without it no relay runs: events still wait in the
   * outbox (tests that need no broker), for a relay of another process to publish. @default undefined
   */
  kafka?: Kafka;
  /** Where the relay reports. @default createLogger('appeal') */
  logger?: Logger;
  /**
   * How often the 督办 watcher scans for passed deadlines in the background. Without it no scan runs
   * on its own (tests call `escalationWatcher.scanOnce(now)` with the time they choose). @default undefined
   */
  escalationScanMs?: number | undefined;
  /** Deadlines, acknowledgement deadlines (报到), evaluation window, duplicate detection. @default the calendar of the calendar_day table, HANDLING_DEADLINES, ACKNOWLEDGEMENT_DEADLINES, 5 working days, 30 days and 0.6 */
  workflowPolicy?: Partial<WorkflowPolicy>;
  /**
   * How often resolved appeals nobody evaluated in time are closed as NO_RESPONSE. Without it no scan
   * runs on its own (tests call `noResponseCloser.runOnce()` after moving the clock). @default undefined
   */
  noResponseScanMs?: number | undefined;
}

/** The subgraph and its 督办 watcher, which tests and admins can make scan now. */
export interface AppealSubgraph extends SubgraphDefinition<AppealContext> {
  escalationWatcher: EscalationWatcher;
  /** Closes resolved appeals nobody evaluated in time (NO_RESPONSE). */
  noResponseCloser: NoResponseCloser;
}

/** Everything the appeal subgraph needs to serve: migrated data source, schema, context factory and its outbox relay. */
export async function createAppealSubgraph(target: DatabaseTarget, options: AppealSubgraphOptions = {}): Promise<AppealSubgraph> {
  const dataSource = await initializeServiceDataSource(createAppealDataSource(target, options.sqlLogger));
  const relay = options.kafka ? new OutboxRelay({ dataSource, kafka: options.kafka, logger: options.logger ?? createLogger('appeal') }) : undefined;
  const clock = options.clock ?? systemClock;
  const escalationWatcher = new EscalationWatcher({
    dataSource,
    clock,
    onEventsCommitted: () => relay?.wake(),
    logger: options.logger ?? createLogger('appeal'),
    ...(options.escalationScanMs ? { intervalMs: options.escalationScanMs } : {}),
  });
  const policy = workflowPolicy({ ...options.workflowPolicy, calendar: options.workflowPolicy?.calendar ?? (await loadWorkingCalendar(dataSource)) });
  const noResponseCloser = new NoResponseCloser({
    dataSource,
    clock,
    onEventsCommitted: () => relay?.wake(),
    logger: options.logger ?? createLogger('appeal'),
    ...(options.noResponseScanMs ? { intervalMs: options.noResponseScanMs } : {}),
  });
  const createContext = createAppealContextFactory(dataSource, {
    enterpriseDirectory: options.enterpriseDirectory ?? new CachingEnterpriseDirectory(new HttpEnterpriseDirectory()),
    departmentDirectory: options.departmentDirectory ?? new HttpDepartmentDirectory(),
    volunteerTeamDirectory: options.volunteerTeamDirectory ?? new HttpVolunteerTeamDirectory(),
    clock: options.clock ?? systemClock,
    onEventsCommitted: () => relay?.wake(),
    escalationWatcher,
    policy,
  });
  const workers = [...(relay ? [relay] : []), ...(options.escalationScanMs ? [escalationWatcher] : []), ...(options.noResponseScanMs ? [noResponseCloser] : [])];
  return { name: 'appeal', schema: await buildAppealSchema(), dataSource, createContext, workers, escalationWatcher, noResponseCloser };
}
