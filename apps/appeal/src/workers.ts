import { OutboxRelay } from '@erqi/shared/data-access-events';
import type {
  BackgroundWorker,
  HealthWarning,
  SubgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import { calendarDataWarning } from '@erqi/shared/util-working-calendar';
import type { DataSource } from 'typeorm';
import { AppealCategoryService } from './appeal-category/appeal-category.service';
import { CalendarService } from './calendar/calendar.service';
import { loadWorkingCalendar } from './calendar/load-working-calendar';
import type { AppealOptions } from './context';
import {
  type DepartmentDirectory,
  LocalDepartmentDirectory,
} from './dispatch/department-directory';
import { DispatchRuleService } from './dispatch/dispatch-rule.service';
import { DispatchService } from './dispatch/dispatch.service';
import {
  LocalVolunteerTeamDirectory,
  type VolunteerTeamDirectory,
} from './dispatch/volunteer-team-directory';
import {
  type EnterpriseDirectory,
  LocalEnterpriseDirectory,
} from './enterprise/enterprise-directory';
import { EscalationWatcher } from './escalation/escalation-watcher';
import { type WorkflowPolicy, workflowPolicy } from './policy/workflow-policy';
import { AppealConsumers } from './return-path/appeal-consumers';
import { NoResponseCloser } from './workflow/no-response-closer';
import type { CallerRouteHandler } from '@erqi/shared/feature-subgraph-server';
import { photoRoutes } from './photo/photo.routes';
import { PhotoService } from './photo/photo.service';
import { UnattachedPhotoSweeper } from './photo/unattached-photo-sweeper';
import { AdviceEscalator } from './advice/advice-escalator';
import { VisitNeedConsumer } from './visit-need/visit-need-consumer';

/** The appeal subgraph's background work, by name too: tests and admins make the scans run now. */
export interface AppealWorkers {
  workers: BackgroundWorker[];
  /** 督办: finds passed deadlines. */
  escalationWatcher: EscalationWatcher;
  /** Closes resolved appeals nobody evaluated in time (NO_RESPONSE). */
  noResponseCloser: NoResponseCloser;
  /**
   * Publishes the outbox; only with Kafka. Without it events still wait in the outbox (tests that
   * need no broker), for a relay of another process to publish.
   */
  outboxRelay?: OutboxRelay;
  /** With Kafka: the consumers of the registries and of the return path, so that a caller can wait for them. */
  consumers?: AppealConsumers;
  /** With Kafka: files the needs raised on 万人助万企 visits as appeals. */
  visitNeeds?: VisitNeedConsumer;
  /** The working calendar and deadlines the services and the consumers share. */
  policy: WorkflowPolicy;
  /** Sets a year of the working calendar (ADMIN) and swaps the new calendar into `policy`. */
  calendar: CalendarService;
  /** 照片: uploads, reads and attachments, shared by the routes and the submission. */
  photos: PhotoService;
  /** Deletes the photos nobody attached within a day. */
  photoSweeper: UnattachedPhotoSweeper;
  /** 顾问团: escalates advice unanswered past its due date, once. */
  adviceEscalator: AdviceEscalator;
  /**
   * The subgraph's plain HTTP routes (`/photos`), built here beside its other parts so the generated
   * subgraph.ts serves them with the rest of the definition.
   */
  routes: Record<string, CallerRouteHandler>;
  /** `/health`'s warnings: the working calendar's data running out (from 60 days before). */
  healthWarnings: () => HealthWarning[];
  /** appeal's own copies of other services' registries, which the consumers keep and the services read. */
  directories: {
    enterprises: EnterpriseDirectory;
    departments: DepartmentDirectory;
    volunteerTeams: VolunteerTeamDirectory;
  };
}

/**
 * The relay and the consumers (with Kafka), and the two scans; a scan runs on its own only when its
 * interval is set. Departments' reports that arrive as events go through the same dispatch service
 * as the mutation.
 */
export async function createAppealWorkers(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<AppealOptions>,
): Promise<AppealWorkers> {
  const { kafka, logger, metrics, clock, options = {} } = dependencies;
  const outboxRelay = kafka
    ? // No `service`: the consumers create appeal's topics, and the relay each batch's, so that a broker
      // outage still shows on the waiting rows (attempts, last error).
      new OutboxRelay({ dataSource, kafka, logger, metrics })
    : undefined;
  const onEventsCommitted = (): void => outboxRelay?.wake();
  // Past the holiday data a deadline is counted on weekends only: said once per year in the log, and
  // on /health and /metrics from 60 days before (see docs/DOMAIN.md, "The working calendar").
  const warnedYears = new Set<string>();
  const loadCalendar = () =>
    loadWorkingCalendar(dataSource, {
      onBeyondKnownData: (date) => {
        const year = date.slice(0, 4);
        if (warnedYears.has(year)) return;
        warnedYears.add(year);
        logger.warn(
          `the working calendar knows no holidays of ${year}: deadlines across it are counted on weekends only and are provisional until an ADMIN sets the year (setWorkingCalendarYear)`,
        );
      },
    });
  const policy = workflowPolicy({
    ...options.workflowPolicy,
    calendar: options.workflowPolicy?.calendar ?? (await loadCalendar()),
  });
  const calendar = new CalendarService({
    dataSource,
    clock,
    onChanged: async () => {
      policy.calendar = await loadCalendar();
      logger.info(`working calendar reloaded: known until ${policy.calendar.lastKnownDate}`);
    },
  });
  metrics.watchGauge(
    'working_calendar_days_left',
    'Days until the last date whose holidays the working calendar knows (negative past it); past it, deadlines are provisional.',
    () => policy.calendar.daysOfDataLeft(clock()),
  );
  const healthWarnings = (): HealthWarning[] => {
    const warning = calendarDataWarning(policy.calendar, clock());
    return warning ? [{ ...warning }] : [];
  };
  const directories = {
    enterprises: options.enterpriseDirectory ?? new LocalEnterpriseDirectory(dataSource),
    departments: options.departmentDirectory ?? new LocalDepartmentDirectory(dataSource),
    volunteerTeams: options.volunteerTeamDirectory ?? new LocalVolunteerTeamDirectory(dataSource),
  };
  const escalationWatcher = new EscalationWatcher({
    dataSource,
    clock,
    onEventsCommitted,
    logger,
    ...(options.escalationScanMs ? { intervalMs: options.escalationScanMs } : {}),
  });
  const noResponseCloser = new NoResponseCloser({
    dataSource,
    clock,
    onEventsCommitted,
    logger,
    ...(options.noResponseScanMs ? { intervalMs: options.noResponseScanMs } : {}),
  });
  const photos = new PhotoService(dataSource, clock);
  const photoSweeper = new UnattachedPhotoSweeper({
    photos,
    clock,
    logger,
    ...(options.photoSweepMs ? { intervalMs: options.photoSweepMs } : {}),
  });
  const adviceEscalator = new AdviceEscalator({
    dataSource,
    clock,
    onEventsCommitted,
    logger,
    ...(options.adviceSweepMs ? { intervalMs: options.adviceSweepMs } : {}),
  });
  const consumers = kafka
    ? new AppealConsumers({
        kafka,
        dataSource,
        logger,
        metrics,
        dispatches: new DispatchService({
          dataSource,
          rules: new DispatchRuleService(
            dataSource,
            new AppealCategoryService(dataSource),
            directories.departments,
            clock,
          ),
          departments: directories.departments,
          volunteerTeams: directories.volunteerTeams,
          clock,
          policy,
          onEventsCommitted,
        }),
        onApplied: onEventsCommitted,
        policy,
      })
    : undefined;
  const visitNeeds = kafka
    ? new VisitNeedConsumer({
        kafka,
        dataSource,
        logger,
        metrics,
        enterprises: directories.enterprises,
        policy,
        dispatches: new DispatchService({
          dataSource,
          rules: new DispatchRuleService(
            dataSource,
            new AppealCategoryService(dataSource),
            directories.departments,
            clock,
          ),
          departments: directories.departments,
          volunteerTeams: directories.volunteerTeams,
          clock,
          policy,
          onEventsCommitted,
        }),
        onApplied: onEventsCommitted,
      })
    : undefined;
  const workers = [
    ...(outboxRelay ? [outboxRelay] : []),
    ...(consumers ? [consumers] : []),
    ...(visitNeeds ? [visitNeeds] : []),
    ...(options.escalationScanMs ? [escalationWatcher] : []),
    ...(options.noResponseScanMs ? [noResponseCloser] : []),
    ...(options.photoSweepMs ? [photoSweeper] : []),
    ...(options.adviceSweepMs ? [adviceEscalator] : []),
  ];
  return {
    workers,
    escalationWatcher,
    noResponseCloser,
    photos,
    photoSweeper,
    adviceEscalator,
    routes: photoRoutes(photos),
    calendar,
    healthWarnings,
    policy,
    directories,
    ...(outboxRelay ? { outboxRelay } : {}),
    ...(consumers ? { consumers } : {}),
    ...(visitNeeds ? { visitNeeds } : {}),
  };
}
