import type { IncomingMessage } from 'node:http';
import type { Caller } from '@erqi/shared/util-auth';
import type { DataSource } from 'typeorm';
import { AppealCategoryService } from './appeal-category/appeal-category.service';
import { AppealService } from './appeal/appeal.service';
import type { Clock } from './clock';
import type { DepartmentDirectory } from './dispatch/department-directory';
import { DispatchRuleService } from './dispatch/dispatch-rule.service';
import { DispatchService } from './dispatch/dispatch.service';
import type { VolunteerTeamDirectory } from './dispatch/volunteer-team-directory';
import type { EnterpriseDirectory } from './enterprise/enterprise-directory';
import { type AppealLoaders, createAppealLoaders } from './loaders';

/** What every resolver of the appeal subgraph receives: the services and this request's loaders. */
export interface AppealContext {
  /** Who is asking, verified from their token (anonymous without one). */
  caller: Caller;
  appeals: AppealService;
  categories: AppealCategoryService;
  dispatchRules: DispatchRuleService;
  dispatches: DispatchService;
  loaders: AppealLoaders;
}

export interface AppealContextDependencies {
  enterpriseDirectory: EnterpriseDirectory;
  departmentDirectory: DepartmentDirectory;
  volunteerTeamDirectory: VolunteerTeamDirectory;
  clock: Clock;
  /** How long a department has to report in (报到) after a dispatch. */
  acknowledgementWindowMs: number;
  /** Called after a transaction that enqueued events has committed (wakes the outbox relay). */
  onEventsCommitted: () => void;
}

export function createAppealContextFactory(
  dataSource: DataSource,
  dependencies: AppealContextDependencies,
): (request: IncomingMessage, caller: Caller) => Promise<AppealContext> {
  const { enterpriseDirectory, departmentDirectory, volunteerTeamDirectory, clock, acknowledgementWindowMs, onEventsCommitted } = dependencies;
  const categories = new AppealCategoryService(dataSource);
  const dispatchRules = new DispatchRuleService(dataSource, categories, departmentDirectory, clock);
  const dispatches = new DispatchService({
    dataSource,
    rules: dispatchRules,
    departments: departmentDirectory,
    volunteerTeams: volunteerTeamDirectory,
    clock,
    acknowledgementWindowMs,
    onEventsCommitted,
  });
  const appeals = new AppealService(dataSource, categories, enterpriseDirectory, dispatches, clock, onEventsCommitted);
  return async (_request, caller) => ({ caller, appeals, categories, dispatchRules, dispatches, loaders: createAppealLoaders(dataSource) });
}
