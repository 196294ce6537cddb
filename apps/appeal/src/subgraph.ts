import type { DatabaseTarget } from '@erqi/shared/data-access-database';
import { initializeServiceDataSource } from '@erqi/shared/data-access-database';
import { OutboxRelay } from '@erqi/shared/data-access-events';
import type { SubgraphDefinition } from '@erqi/shared/feature-subgraph-server';
import { createLogger, type Logger } from '@erqi/shared/util-http-server';
import type { Kafka } from 'kafkajs';
import type { Logger as SqlLogger } from 'typeorm';
import { type Clock, systemClock } from './clock';
import { type AppealContext, createAppealContextFactory } from './context';
import { createAppealDataSource } from './data-source';
import { type DepartmentDirectory, LocalDepartmentDirectory } from './dispatch/department-directory';
import { DispatchRuleService } from './dispatch/dispatch-rule.service';
import { DispatchService } from './dispatch/dispatch.service';
import { LocalVolunteerTeamDirectory, type VolunteerTeamDirectory } from './dispatch/volunteer-team-directory';
import { AppealCategoryService } from './appeal-category/appeal-category.service';
import { type EnterpriseDirectory, LocalEnterpriseDirectory } from './enterprise/enterprise-directory';
import { AppealConsumers } from './return-path/appeal-consumers';
import { EscalationWatcher } from './escalation/escalation-watcher';
import { buildAppealSchema } from './schema';
import { loadWorkingCalendar } from './calendar/load-working-calendar';
import { NoResponseCloser } from './workflow/no-response-closer';
import { type WorkflowPolicy, workflowPolicy } from './workflow/policy';

export interface AppealSubgraphOptions {
  /** Receives every SQL statement (tests count them). @default undefined (no SQL logging) */
  sqlLogger?: SqlLogger;
  /** Where enterprises are looked up. @default the local copy of the enterprise registry (known_enterprise) */
  enterpriseDirectory?: EnterpriseDirectory;
  /** Where department codes are checked. @default the local copy of the department registry (known_department) */
  departmentDirectory?: DepartmentDirectory;
  /** Where the teams covering a cell are looked up. @default the local copy of team coverage (known_volunteer_team) */
  volunteerTeamDirectory?: VolunteerTeamDirectory;
  /** The time submissions are stamped with. @default () => new Date() */
  clock?: Clock;
  /**
   * The cluster the outbox is published to and the registries and reports are read from. Without it
   * no relay or consumer runs: events still wait in the outbox (tests that need no broker), and the
   * local copies stay as they are. @default undefined
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
  /** With Kafka: the consumers of the registries and of the return path, so that a caller can wait for them. */
  consumers?: AppealConsumers | undefined;
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
  const departmentDirectory = options.departmentDirectory ?? new LocalDepartmentDirectory(dataSource);
  const volunteerTeamDirectory = options.volunteerTeamDirectory ?? new LocalVolunteerTeamDirectory(dataSource);
  const createContext = createAppealContextFactory(dataSource, {
    enterpriseDirectory: options.enterpriseDirectory ?? new LocalEnterpriseDirectory(dataSource),
    departmentDirectory,
    volunteerTeamDirectory,
    clock: options.clock ?? systemClock,
    onEventsCommitted: () => relay?.wake(),
    escalationWatcher,
    policy,
  });
  // Departments' reports that arrive as events go through the same dispatch code as the mutation.
  const consumers = options.kafka
    ? new AppealConsumers({
        kafka: options.kafka,
        dataSource,
        logger: options.logger ?? createLogger('appeal'),
        dispatches: new DispatchService({
          dataSource,
          rules: new DispatchRuleService(dataSource, new AppealCategoryService(dataSource), departmentDirectory, clock),
          departments: departmentDirectory,
          volunteerTeams: volunteerTeamDirectory,
          clock,
          policy,
          onEventsCommitted: () => relay?.wake(),
        }),
        onApplied: () => relay?.wake(),
      })
    : undefined;
  const workers = [
    ...(relay ? [relay] : []),
    ...(consumers ? [consumers] : []),
    ...(options.escalationScanMs ? [escalationWatcher] : []),
    ...(options.noResponseScanMs ? [noResponseCloser] : []),
  ];
  return { name: 'appeal', schema: await buildAppealSchema(), dataSource, createContext, workers, escalationWatcher, noResponseCloser, consumers };
}
