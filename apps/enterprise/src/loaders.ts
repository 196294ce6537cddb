import type { Caller } from '@erqi/shared/util-auth';
import DataLoader from 'dataloader';
import { type DataSource, type FindOptionsWhere, In } from 'typeorm';
import { type EnterpriseScope, enterpriseScope, whereEnterpriseVisible } from './enterprise/enterprise-access';
import { Enterprise } from './enterprise/enterprise.entity';
import { isEnterpriseId } from './enterprise/enterprise.service';
import type { EnterpriseCodeVersion } from './enterprise-code/enterprise-code-version.entity';
import { loadCurrentCodes } from './enterprise-code/enterprise-code.service';
import { ProjectLedgerItem } from './project/project-ledger-item.entity';
import { whereVisible } from './project/project-access';
import { Project } from './project/project.entity';

/**
 * The first `first` enterprises (by name) of each cell, for all cells in one statement: a window
 * function numbers each cell's rows, so a cell with many enterprises cannot crowd out the others.
 * Only enterprises in the caller's scope are numbered (none for a service acting alone).
 */
async function loadFirstEnterprisesOfCells(dataSource: DataSource, scope: EnterpriseScope, cellIds: readonly string[], first: number): Promise<Enterprise[][]> {
  // A representation may carry any string; only UUIDs can name a cell, and PostgreSQL rejects the rest.
  const validIds = [...new Set(cellIds.filter(isEnterpriseId).map((id) => id.toLowerCase()))];
  const rows =
    validIds.length === 0 || scope.kind === 'none'
      ? []
      : await dataSource
          .getRepository(Enterprise)
          .createQueryBuilder('enterprise')
          .innerJoin(
            (ranked) =>
              // Scope inside the window, so a cell's first `first` are the first the caller may see.
              whereEnterpriseVisible(
                ranked
                  .select('candidate.id', 'id')
                  .addSelect('row_number() OVER (PARTITION BY candidate.grid_cell_id ORDER BY candidate.name, candidate.id)', 'rank_in_cell')
                  .from(Enterprise, 'candidate')
                  .where('candidate.grid_cell_id IN (:...cellIds)', { cellIds: validIds }),
                'candidate',
                scope,
              ),
            'ranked',
            'ranked.id = enterprise.id',
          )
          .where('ranked.rank_in_cell <= :first', { first })
          .orderBy('enterprise.name')
          .addOrderBy('enterprise.id')
          .getMany();
  return groupBy(rows, (row) => row.gridCellId, cellIds);
}

/** The first `first` projects (by name) of each enterprise that the caller may see, in one statement. */
async function loadFirstProjectsOfEnterprises(dataSource: DataSource, caller: Caller, enterpriseIds: readonly string[], first: number): Promise<Project[][]> {
  const validIds = [...new Set(enterpriseIds.filter(isEnterpriseId).map((id) => id.toLowerCase()))];
  if (validIds.length === 0 || caller.kind !== 'user') return enterpriseIds.map(() => []);
  const rows = await dataSource
    .getRepository(Project)
    .createQueryBuilder('project')
    .innerJoin(
      (ranked) =>
        whereVisible(
          ranked
            .select('candidate.id', 'id')
            .addSelect('row_number() OVER (PARTITION BY candidate.enterprise_id ORDER BY candidate.name, candidate.id)', 'rank_in_enterprise')
            .from(Project, 'candidate')
            .where('candidate.enterprise_id IN (:...enterpriseIds)', { enterpriseIds: validIds }),
          'candidate',
          caller,
        ),
      'ranked',
      'ranked.id = project.id',
    )
    .where('ranked.rank_in_enterprise <= :first', { first })
    .orderBy('project.name')
    .addOrderBy('project.id')
    .getMany();
  return groupBy(rows, (row) => row.enterpriseId, enterpriseIds);
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string, keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(keyOf(row)) ?? [];
    list.push(row);
    groups.set(keyOf(row), list);
  }
  return keys.map((key) => groups.get(key.toLowerCase()) ?? []);
}

/** Per-request loaders, so that a list of N cells, enterprises or references costs one query, not N. */
export function createEnterpriseLoaders(dataSource: DataSource, caller: Caller) {
  // One loader per page size asked for in this request: aliases may ask for different sizes.
  const ofCellByFirst = new Map<number, DataLoader<string, Enterprise[]>>();
  const projectsByFirst = new Map<number, DataLoader<string, Project[]>>();
  const byIds = <T extends { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const validIds = ids.filter(isEnterpriseId).map((id) => id.toLowerCase());
      const rows = validIds.length > 0 ? await dataSource.getRepository<T>(entity).findBy({ id: In(validIds) } as FindOptionsWhere<T>) : [];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id.toLowerCase()) ?? null);
    });
  return {
    enterprise: byIds(Enterprise),
    project: byIds(Project),
    currentCode: new DataLoader<string, EnterpriseCodeVersion | null>((ids) => loadCurrentCodes(dataSource, ids)),
    ledgerOfProject: new DataLoader<string, ProjectLedgerItem[]>(async (projectIds) => {
      const rows = await dataSource.getRepository(ProjectLedgerItem).find({ where: { projectId: In([...projectIds]) }, order: { raisedAt: 'ASC', id: 'ASC' } });
      return groupBy(rows, (row) => row.projectId, projectIds);
    }),
    enterprisesOfCell(first: number): DataLoader<string, Enterprise[]> {
      let loader = ofCellByFirst.get(first);
      if (!loader) {
        loader = new DataLoader((cellIds) => loadFirstEnterprisesOfCells(dataSource, enterpriseScope(caller), cellIds, first));
        ofCellByFirst.set(first, loader);
      }
      return loader;
    },
    projectsOfEnterprise(first: number): DataLoader<string, Project[]> {
      let loader = projectsByFirst.get(first);
      if (!loader) {
        loader = new DataLoader((enterpriseIds) => loadFirstProjectsOfEnterprises(dataSource, caller, enterpriseIds, first));
        projectsByFirst.set(first, loader);
      }
      return loader;
    },
  };
}

export type EnterpriseLoaders = ReturnType<typeof createEnterpriseLoaders>;
