import type { IncomingMessage } from 'node:http';
import type { Caller } from '@erqi/shared/util-auth';
import type { DataSource } from 'typeorm';
import { type Clock, systemClock } from './clock';
import { CodeSigner } from './enterprise-code/code-token';
import { enterpriseCodeSecret } from './enterprise-code/code-secret';
import { EnterpriseCodeService } from './enterprise-code/enterprise-code.service';
import { EnterpriseService } from './enterprise/enterprise.service';
import { DEFAULT_ROUTINE_INSPECTIONS_PER_MONTH, InspectionService } from './inspection/inspection.service';
import { createEnterpriseLoaders, type EnterpriseLoaders } from './loaders';
import { ProjectService } from './project/project.service';

/** What every resolver of the enterprise subgraph receives: the caller, the services and this request's loaders. */
export interface EnterpriseContext {
  /** Who is asking, verified from their token (anonymous without one). */
  caller: Caller;
  enterprises: EnterpriseService;
  codes: EnterpriseCodeService;
  inspections: InspectionService;
  projects: ProjectService;
  loaders: EnterpriseLoaders;
}

export interface EnterpriseOptions {
  /** @default systemClock */
  clock?: Clock;
  /** The secret enterprise codes are signed with. @default enterpriseCodeSecret() (ENTERPRISE_CODE_SECRET, else the development secret) */
  codeSecret?: Uint8Array;
  /** Routine inspections per enterprise per calendar month. @default 2 (ROUTINE_INSPECTIONS_PER_MONTH) */
  routineInspectionsPerMonth?: number;
  /** Called after a transaction that enqueued events has committed (wakes the outbox relay). @default nothing (the relay polls) */
  onEventsCommitted?: () => void;
}

/** Options from the environment, for `main`. */
export function enterpriseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): EnterpriseOptions {
  const quota = env['ROUTINE_INSPECTIONS_PER_MONTH'];
  if (quota === undefined) return {};
  const parsed = Number(quota);
  if (!Number.isInteger(parsed) || parsed < 0) throw new RangeError('ROUTINE_INSPECTIONS_PER_MONTH must be a whole number, 0 or more');
  return { routineInspectionsPerMonth: parsed };
}

export function createEnterpriseContextFactory(
  dataSource: DataSource,
  options: EnterpriseOptions = {},
): (request: IncomingMessage, caller: Caller) => Promise<EnterpriseContext> {
  const clock = options.clock ?? systemClock;
  const codes = new EnterpriseCodeService(dataSource, new CodeSigner(options.codeSecret ?? enterpriseCodeSecret()), clock);
  const enterprises = new EnterpriseService(dataSource, codes, clock, options.onEventsCommitted);
  const inspections = new InspectionService(dataSource, codes, clock, options.routineInspectionsPerMonth ?? DEFAULT_ROUTINE_INSPECTIONS_PER_MONTH);
  const projects = new ProjectService(dataSource, clock);
  return async (_request, caller) => ({ caller, enterprises, codes, inspections, projects, loaders: createEnterpriseLoaders(dataSource, caller) });
}
