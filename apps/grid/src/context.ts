import type { IncomingMessage } from 'node:http';
import type { SubgraphDependencies } from '@erqi/shared/feature-subgraph-server';
import type { Caller } from '@erqi/shared/util-auth';
import type { DataSource, Repository } from 'typeorm';
import { DepartmentService } from './department/department.service';
import { GridCellService } from './grid-cell/grid-cell.service';
import { createGridLoaders, type GridLoaders } from './loaders';
import { PolicyNotice } from './policy-notice/policy-notice.entity';
import type { GridWorkers } from './workers';
import { AidCaseService } from './aid-case/aid-case.service';
import { AllowanceService } from './allowance/allowance.service';
import { BirthdayVisitService } from './birthday-visit/birthday-visit.service';
import { HouseholdService } from './household/household.service';
import { RelocationService } from './relocation/relocation.service';

/** The grid subgraph's own settings: none beyond the common ones yet. */
export type GridOptions = Record<string, never>;

/** What every resolver of the grid subgraph receives: the caller, the services and this request's loaders. */
export interface GridContext {
  /** Who is asking, verified from their token (anonymous without one). */
  caller: Caller;
  gridCells: GridCellService;
  departments: DepartmentService;
  loaders: GridLoaders;
  /** The community (issue 14). */
  households: HouseholdService;
  allowances: AllowanceService;
  birthdayVisits: BirthdayVisitService;
  aidCases: AidCaseService;
  relocation: RelocationService;
  /** 二七帮 policy notices, kept from the enterprise service's events. */
  policyNotices: Repository<PolicyNotice>;
}

export function createGridContextFactory(
  dataSource: DataSource,
  dependencies: SubgraphDependencies<GridOptions>,
  workers: GridWorkers,
): (request: IncomingMessage, caller: Caller) => Promise<GridContext> {
  const gridCells = new GridCellService(dataSource);
  const departments = new DepartmentService(dataSource);
  const { clock } = dependencies;
  const households = new HouseholdService(dataSource, clock);
  const community = {
    households,
    allowances: new AllowanceService(dataSource, clock, households),
    birthdayVisits: new BirthdayVisitService(dataSource, clock, households, () =>
      workers.outboxRelay?.wake(),
    ),
    aidCases: new AidCaseService(dataSource, clock, households),
    relocation: new RelocationService(dataSource),
  };
  return async (_request, caller) => ({
    caller,
    gridCells,
    departments,
    ...community,
    loaders: createGridLoaders(dataSource),
    policyNotices: dataSource.getRepository(PolicyNotice),
  });
}
