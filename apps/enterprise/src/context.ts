import type { IncomingMessage } from 'node:http';
import type { SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { Caller } from '@erqi/shared/util-auth';
import type { DataSource } from 'typeorm';
import { CodeSigner } from './enterprise-code/code-token';
import { enterpriseCodeSecret } from './enterprise-code/code-secret';
import { EnterpriseCodeService } from './enterprise-code/enterprise-code.service';
import { EnterpriseService } from './enterprise/enterprise.service';
import {
  createErqiHelp,
  createErqiHelpLoaders,
  type ErqiHelp,
  type ErqiHelpLoaders,
} from './erqi-help/erqi-help';
import {
  DEFAULT_ROUTINE_INSPECTIONS_PER_MONTH,
  InspectionService,
} from './inspection/inspection.service';
import { createEnterpriseLoaders, type EnterpriseLoaders } from './loaders';
import { ProjectService } from './project/project.service';
import { AllianceService } from './enterprise-alliance/alliance.service';
import { AllianceMembership } from './enterprise-alliance/membership.service';
import { createEconomyLoaders, type EconomyLoaders } from './enterprise-figures/economy-loaders';
import { YearFiguresService } from './enterprise-figures/year-figures.service';
import { ServiceApplicationService } from './service-application/service-application.service';
import { ServiceMatterService } from './service-matter/service-matter.service';
import { ServiceTargetService } from './service-target/service-target.service';
import type { EnterpriseWorkers } from './workers';
import { KnownDepartments } from './department-registry/known-departments';
import { PromiseService } from './investment-promise/promise.service';
import { TalentService } from './talent/talent.service';
import { VisitService } from './visit/visit.service';

/** What every resolver of the enterprise subgraph receives: the caller, the services and this request's loaders. */
export interface EnterpriseContext {
  /** Who is asking, verified from their token (anonymous without one). */
  caller: Caller;
  enterprises: EnterpriseService;
  codes: EnterpriseCodeService;
  inspections: InspectionService;
  projects: ProjectService;
  loaders: EnterpriseLoaders;
  /** 企业年度经营数据 (collective economy). */
  yearFigures: YearFiguresService;
  /** 企业联盟 (collective economy). */
  alliances: AllianceService;
  allianceMembership: AllianceMembership;
  economyLoaders: EconomyLoaders;
  /** 易企办: the matter list. */
  serviceMatters: ServiceMatterService;
  /** 易企办: applications (办件) on the working-day clock. */
  serviceApplications: ServiceApplicationService;
  /** 易企办: the yearly targets. */
  serviceTargets: ServiceTargetService;
  /** 二七帮: profiles, policies, subsidies, 政银企. */
  erqiHelp: ErqiHelp;
  erqiHelpLoaders: ErqiHelpLoaders;
  /** 万人助万企 visits and their needs. */
  visits: VisitService;
  /** 双招双引 projects, talents and promises. */
  promises: PromiseService;
  /** 双招双引 talent recognitions and figures. */
  talents: TalentService;
}

/** The enterprise subgraph's own settings (config.ts reads them from the environment). */
export interface EnterpriseOptions {
  /** The secret enterprise codes are signed with. @default enterpriseCodeSecret() (ENTERPRISE_CODE_SECRET, else the development secret) */
  codeSecret?: Uint8Array;
  /** Routine inspections per enterprise per calendar month. @default 2 (ROUTINE_INSPECTIONS_PER_MONTH) */
  routineInspectionsPerMonth?: number;
  /** 易企办: seconds between the watcher's scans of applications (容缺 supply dates, 督办); unset: no background scan. @default unset (SERVICE_APPLICATION_SCAN_SECONDS) */
  serviceApplicationScanMs?: number;
  /** How often overdue 双招双引 promises are looked for. @default 300000 */
  promiseSweepMs?: number;
}

export function createEnterpriseContextFactory(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<EnterpriseOptions>,
  workers: EnterpriseWorkers,
): (request: IncomingMessage, caller: Caller) => Promise<EnterpriseContext> {
  const { clock, options = {} } = dependencies;
  // A registration's registry event leaves at once rather than at the relay's next poll.
  const onEventsCommitted = (): void => workers.outboxRelay?.wake();
  const codes = new EnterpriseCodeService(
    dataSource,
    new CodeSigner(options.codeSecret ?? enterpriseCodeSecret()),
    clock,
  );
  const enterprises = new EnterpriseService(dataSource, codes, clock, onEventsCommitted);
  const inspections = new InspectionService(
    dataSource,
    codes,
    clock,
    options.routineInspectionsPerMonth ?? DEFAULT_ROUTINE_INSPECTIONS_PER_MONTH,
  );
  const projects = new ProjectService(dataSource, clock);
  const yearFigures = new YearFiguresService(dataSource, clock);
  const alliances = new AllianceService(dataSource);
  const allianceMembership = new AllianceMembership(dataSource, clock);
  const serviceMatters = new ServiceMatterService(dataSource, clock);
  const serviceApplications = new ServiceApplicationService(
    dataSource,
    clock,
    workers.serviceCalendar,
  );
  const serviceTargets = new ServiceTargetService(dataSource, clock);
  const erqiHelp = createErqiHelp(dataSource, clock, onEventsCommitted);
  const visits = new VisitService(dataSource, clock, onEventsCommitted);
  const promises = new PromiseService(dataSource, new KnownDepartments(dataSource), clock);
  const talents = new TalentService(dataSource, clock);
  return async (_request, caller) => ({
    caller,
    enterprises,
    codes,
    inspections,
    projects,
    serviceMatters,
    serviceApplications,
    serviceTargets,
    visits,
    promises,
    talents,
    loaders: createEnterpriseLoaders(dataSource, caller),
    yearFigures,
    alliances,
    allianceMembership,
    economyLoaders: createEconomyLoaders(dataSource),
    erqiHelp,
    erqiHelpLoaders: createErqiHelpLoaders(dataSource, caller),
  });
}
