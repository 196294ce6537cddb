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
import type { EnterpriseWorkers } from './workers';

/** What every resolver of the enterprise subgraph receives: the caller, the services and this request's loaders. */
export interface EnterpriseContext {
  /** Who is asking, verified from their token (anonymous without one). */
  caller: Caller;
  enterprises: EnterpriseService;
  codes: EnterpriseCodeService;
  inspections: InspectionService;
  projects: ProjectService;
  loaders: EnterpriseLoaders;
  /** 二七帮: profiles, policies, subsidies, 政银企. */
  erqiHelp: ErqiHelp;
  erqiHelpLoaders: ErqiHelpLoaders;
}

/** The enterprise subgraph's own settings (config.ts reads them from the environment). */
export interface EnterpriseOptions {
  /** The secret enterprise codes are signed with. @default enterpriseCodeSecret() (ENTERPRISE_CODE_SECRET, else the development secret) */
  codeSecret?: Uint8Array;
  /** Routine inspections per enterprise per calendar month. @default 2 (ROUTINE_INSPECTIONS_PER_MONTH) */
  routineInspectionsPerMonth?: number;
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
  const erqiHelp = createErqiHelp(dataSource, clock, onEventsCommitted);
  return async (_request, caller) => ({
    caller,
    enterprises,
    codes,
    inspections,
    projects,
    loaders: createEnterpriseLoaders(dataSource, caller),
    erqiHelp,
    erqiHelpLoaders: createErqiHelpLoaders(dataSource, caller),
  });
}
