import type { IncomingMessage } from 'node:http';
import type { SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { Caller } from '@erqi/shared/util-auth';
import type { DataSource } from 'typeorm';
import { CodeSigner } from './enterprise-code/code-token';
import { enterpriseCodeSecret } from './enterprise-code/code-secret';
import { EnterpriseCodeService } from './enterprise-code/enterprise-code.service';
import { EnterpriseService } from './enterprise/enterprise.service';
import {
  DEFAULT_ROUTINE_INSPECTIONS_PER_MONTH,
  InspectionService,
} from './inspection/inspection.service';
import { createEnterpriseLoaders, type EnterpriseLoaders } from './loaders';
import { ProjectService } from './project/project.service';
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
  const visits = new VisitService(dataSource, clock, onEventsCommitted);
  const promises = new PromiseService(dataSource, new KnownDepartments(dataSource), clock);
  const talents = new TalentService(dataSource, clock);
  return async (_request, caller) => ({
    caller,
    enterprises,
    codes,
    inspections,
    projects,
    visits,
    promises,
    talents,
    loaders: createEnterpriseLoaders(dataSource, caller),
  });
}
