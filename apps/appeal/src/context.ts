import type { IncomingMessage } from 'node:http';
import type { SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { Caller } from '@erqi/shared/util-auth';
import type { DataSource } from 'typeorm';
import { AppealCategoryService } from './appeal-category/appeal-category.service';
import type { CalendarService } from './calendar/calendar.service';
import { AppealService } from './intake/appeal.service';
import type { DepartmentDirectory } from './dispatch/department-directory';
import { DispatchRuleService } from './dispatch/dispatch-rule.service';
import { DispatchService } from './dispatch/dispatch.service';
import type { VolunteerTeamDirectory } from './dispatch/volunteer-team-directory';
import type { EnterpriseDirectory } from './enterprise/enterprise-directory';
import { type LeaderLiaisons, RegistryLeaderLiaisons } from './enterprise/leader-liaisons';
import { KnownLeaders, type LeaderDirectory } from './enterprise/leader-directory';
import type { EscalationWatcher } from './escalation/escalation-watcher';
import { ConductRuleService } from './conduct-rule/conduct-rule.service';
import { FiguresService } from './figures/figures.service';
import { MisconductService } from './misconduct/misconduct.service';
import { type AppealLoaders, createAppealLoaders } from './loaders';
import { SupervisionService } from './supervision/supervision.service';
import type { AppealWorkers } from './workers';
import type { WorkflowPolicy } from './policy/workflow-policy';
import { WorkflowService } from './workflow/workflow.service';
import { AdviceService } from './advice/advice.service';
import { RoastSessionService } from './roast-session/roast-session.service';
import { RosterService } from './roster/roster.service';
import { LeaderVisitService } from './leader-visit/leader-visit.service';
import { Open311KeyService } from './open311/open311-key.service';
import { Open311RequestService } from './open311/open311-request.service';

/** What every resolver of the appeal subgraph receives: the services and this request's loaders. */
export interface AppealContext {
  /** Who is asking, verified from their token (anonymous without one). */
  caller: Caller;
  appeals: AppealService;
  categories: AppealCategoryService;
  dispatchRules: DispatchRuleService;
  dispatches: DispatchService;
  loaders: AppealLoaders;
  /** The closed loop's steps after submission (accept … close). */
  workflow: WorkflowService;
  /** 督办: the watcher, for an admin to run a scan now. */
  escalationWatcher: EscalationWatcher;
  /** 暗访督导台账 */
  supervision: SupervisionService;
  /** 调研 visits (深入一线) */
  leaderVisits: LeaderVisitService;
  /** 零超时 */
  figures: FiguresService;
  /** 十不准 / 十必须 */
  conductRules: ConductRuleService;
  /** 问题讲评: misconduct cases */
  misconduct: MisconductService;
  /** The working calendar's years (ADMIN). */
  calendar: CalendarService;
  /** 三支队伍: 监督员, 体验官, 顾问团 */
  rosters: RosterService;
  /** 吐槽大会 */
  roastSessions: RoastSessionService;
  /** 顾问团 advice notes */
  advice: AdviceService;
  /** The Open311 face's API keys (ADMIN) */
  open311Keys: Open311KeyService;
  /** Appeals filed and read through the Open311 face */
  open311Requests: Open311RequestService;
}

/** The appeal subgraph's own settings (config.ts reads them from the environment). */
export interface AppealOptions {
  /** Where enterprises are looked up. @default the local copy of the enterprise registry (known_enterprise) */
  enterpriseDirectory?: EnterpriseDirectory;
  /** Where department codes are checked. @default the local copy of the department registry (known_department) */
  departmentDirectory?: DepartmentDirectory;
  /** Where the teams covering a cell are looked up. @default the local copy of team coverage (known_volunteer_team) */
  volunteerTeamDirectory?: VolunteerTeamDirectory;
  /** Which enterprises a leader liaises with (files for). @default the local copy of the enterprise registry (known_enterprise.leader_subjects) */
  leaderLiaisons?: LeaderLiaisons;
  /** Who is a leader (a LEDGER case's `leaderId`). @default the registry's liaisons and the seed LEADER users (KnownLeaders) */
  leaders?: LeaderDirectory;
  /**
   * How often the 督办 watcher scans for passed deadlines in the background. Without it no scan runs
   * on its own (tests call `escalationWatcher.scanOnce(now)` with the time they choose). @default undefined
   */
  escalationScanMs?: number;
  /** Deadlines, acknowledgement deadlines (报到), evaluation window, duplicate detection. @default the calendar of the calendar_day table, HANDLING_DEADLINES, ACKNOWLEDGEMENT_DEADLINES, 5 working days, 30 days and 0.6 */
  workflowPolicy?: Partial<WorkflowPolicy>;
  /**
   * How often resolved appeals nobody evaluated in time are closed as NO_RESPONSE. Without it no scan
   * runs on its own (tests call `noResponseCloser.runOnce()` after moving the clock). @default undefined
   */
  noResponseScanMs?: number;
  /**
   * How often photos nobody attached within a day are deleted. Without it no sweep runs on its own
   * (tests call `photoSweeper.runOnce()` after moving the clock). @default undefined
   */
  photoSweepMs?: number;
  /**
   * How often 顾问团 advice unanswered past its due date is escalated. Without it no sweep runs on
   * its own (tests call `adviceEscalator.runOnce()` after moving the clock). @default undefined
   */
  adviceSweepMs?: number;
}

/** Builds the services every request shares (once), then each request's context. */
export async function createAppealContextFactory(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<AppealOptions>,
  workers: AppealWorkers,
): Promise<(request: IncomingMessage, caller: Caller) => Promise<AppealContext>> {
  const { clock } = dependencies;
  const { escalationWatcher, policy } = workers;
  const {
    enterprises: enterpriseDirectory,
    departments: departmentDirectory,
    volunteerTeams: volunteerTeamDirectory,
  } = workers.directories;
  const onEventsCommitted = (): void => workers.outboxRelay?.wake();
  const conductRules = new ConductRuleService(dataSource);
  const misconduct = new MisconductService({
    dataSource,
    departments: departmentDirectory,
    rules: conductRules,
    clock,
  });
  const supervision = new SupervisionService({
    dataSource,
    departments: departmentDirectory,
    rules: conductRules,
    clock,
    onEventsCommitted,
  });
  const figures = new FiguresService(dataSource, departmentDirectory, clock);
  const categories = new AppealCategoryService(dataSource);
  const dispatchRules = new DispatchRuleService(dataSource, categories, departmentDirectory, clock);
  const dispatches = new DispatchService({
    dataSource,
    rules: dispatchRules,
    departments: departmentDirectory,
    volunteerTeams: volunteerTeamDirectory,
    clock,
    policy,
    onEventsCommitted,
  });
  const appeals = new AppealService(
    dataSource,
    categories,
    {
      enterprises: enterpriseDirectory,
      leaderLiaisons:
        dependencies.options?.leaderLiaisons ?? new RegistryLeaderLiaisons(dataSource),
    },
    dispatches,
    workers.photos,
    clock,
    policy,
    onEventsCommitted,
  );
  const workflow = new WorkflowService({
    leaders: dependencies.options?.leaders ?? new KnownLeaders(dataSource),
    dataSource,
    dispatcher: dispatches,
    departments: departmentDirectory,
    clock,
    policy,
    onEventsCommitted,
  });
  const rosters = new RosterService(dataSource);
  const roastSessions = new RoastSessionService(dataSource, appeals, rosters, clock);
  const advice = new AdviceService(dataSource, departmentDirectory, clock);
  const leaderVisits = new LeaderVisitService(dataSource, clock);
  const open311Keys = new Open311KeyService(dataSource, clock);
  const open311Requests = new Open311RequestService(dataSource, appeals, open311Keys);
  return async (_request, caller) => ({
    caller,
    appeals,
    categories,
    dispatchRules,
    dispatches,
    workflow,
    loaders: createAppealLoaders(dataSource, caller),
    escalationWatcher,
    supervision,
    leaderVisits,
    figures,
    conductRules,
    misconduct,
    calendar: workers.calendar,
    rosters,
    roastSessions,
    advice,
    open311Keys,
    open311Requests,
  });
}
