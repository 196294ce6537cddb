import type { IncomingMessage } from 'node:http';
import type { Caller } from '@erqi/shared/util-auth';
import type { DataSource } from 'typeorm';
import { AppealCategoryService } from './appeal-category/appeal-category.service';
import { AppealService } from './intake/appeal.service';
import type { Clock } from '@erqi/shared/util-clock';
import type { DepartmentDirectory } from './dispatch/department-directory';
import { DispatchRuleService } from './dispatch/dispatch-rule.service';
import { DispatchService } from './dispatch/dispatch.service';
import type { VolunteerTeamDirectory } from './dispatch/volunteer-team-directory';
import type { EnterpriseDirectory } from './enterprise/enterprise-directory';
import type { EscalationWatcher } from './escalation/escalation-watcher';
import { FiguresService } from './figures/figures.service';
import { type AppealLoaders, createAppealLoaders } from './loaders';
import { SupervisionService } from './supervision/supervision.service';
import type { WorkflowPolicy } from './policy/workflow-policy';
import { WorkflowService } from './workflow/workflow.service';

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
  /** 零超时 */
  figures: FiguresService;
}

export interface AppealContextDependencies {
  enterpriseDirectory: EnterpriseDirectory;
  departmentDirectory: DepartmentDirectory;
  volunteerTeamDirectory: VolunteerTeamDirectory;
  clock: Clock;
  /** Called after a transaction that enqueued events has committed (wakes the outbox relay). */
  onEventsCommitted: () => void;
  /** Working calendar, deadlines, evaluation window and duplicate detection. */
  policy: WorkflowPolicy;
  /** 督办: finds passed deadlines; built with the subgraph, shared by every request. */
  escalationWatcher: EscalationWatcher;
}

export function createAppealContextFactory(
  dataSource: DataSource,
  dependencies: AppealContextDependencies,
): (request: IncomingMessage, caller: Caller) => Promise<AppealContext> {
  const { enterpriseDirectory, departmentDirectory, volunteerTeamDirectory, clock, onEventsCommitted } = dependencies;
  const { escalationWatcher, policy } = dependencies;
  const supervision = new SupervisionService({ dataSource, departments: departmentDirectory, clock, onEventsCommitted });
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
  const appeals = new AppealService(dataSource, categories, enterpriseDirectory, dispatches, clock, policy, onEventsCommitted);
  const workflow = new WorkflowService({ dataSource, dispatcher: dispatches, departments: departmentDirectory, clock, policy, onEventsCommitted });
  return async (_request, caller) => ({
    caller, appeals, categories, dispatchRules, dispatches, workflow, loaders: createAppealLoaders(dataSource, caller),
    escalationWatcher, supervision, figures,
  });
}
