import {
  decodeCursor,
  encodeCursor,
  type Page,
  type PageArgs,
} from '@erqi/shared/data-access-pagination';
import type { Caller, UserCaller } from '@erqi/shared/util-auth';
import { groupRowsBy, keepFirstPerParent } from '@erqi/shared/data-access-batch-loading';
import { BadUserInput } from '@erqi/shared/util-errors';
import DataLoader from 'dataloader';
import { type DataSource, type FindOptionsWhere, In } from 'typeorm';
import {
  type EnterpriseScope,
  enterpriseScope,
  readUnderScope,
  whereEnterpriseVisible,
} from './enterprise/enterprise-access';
import { Enterprise } from './enterprise/enterprise.entity';
import { isUuid } from '@erqi/shared/util-uuid';
import type { EnterpriseCodeVersion } from './enterprise-code/enterprise-code-version.entity';
import { loadCurrentCodes } from './enterprise-code/enterprise-code.service';
import { Inspection } from './inspection/inspection.entity';
import { whereInspectionVisible } from './inspection/inspection.service';
import { ProjectLedgerItem } from './project/project-ledger-item.entity';
import { whereVisible } from './project/project-access';
import { Project } from './project/project.entity';

/**
 * The first `first` enterprises (by name) of each cell, for all cells in one statement: a window
 * function numbers each cell's rows, so a cell with many enterprises cannot crowd out the others.
 * Only enterprises in the caller's scope are numbered (none for a service acting alone).
 */
async function loadFirstEnterprisesOfCells(
  dataSource: DataSource,
  scope: EnterpriseScope,
  cellIds: readonly string[],
  first: number,
): Promise<Enterprise[][]> {
  // A representation may carry any string; only UUIDs can name a cell, and PostgreSQL rejects the rest.
  const validIds = [...new Set(cellIds.filter(isUuid).map((id) => id.toLowerCase()))];
  const rows =
    validIds.length === 0 || scope.kind === 'none'
      ? []
      : await keepFirstPerParent(
          dataSource.getRepository(Enterprise).createQueryBuilder('enterprise'),
          {
            entity: Enterprise,
            parentColumn: 'grid_cell_id',
            parentIds: validIds,
            orderWithinParent: 'candidate.name, candidate.id',
            first,
            // Scope inside the window, so a cell's first `first` are the first the caller may see.
            narrow: (candidates) => whereEnterpriseVisible(candidates, 'candidate', scope),
          },
        )
          .orderBy('enterprise.name')
          .addOrderBy('enterprise.id')
          .getMany();
  return groupRowsBy(cellIds, readUnderScope(scope, rows), (row) => row.gridCellId);
}

/** The enterprises by id, each null when unknown or outside the caller's scope (a LEADER's liaisons checked in SQL). */
async function loadEnterprisesInScope(
  dataSource: DataSource,
  scope: EnterpriseScope,
  ids: readonly string[],
): Promise<Array<Enterprise | null>> {
  const validIds = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  const rows =
    validIds.length === 0 || scope.kind === 'none'
      ? []
      : await whereEnterpriseVisible(
          dataSource
            .getRepository(Enterprise)
            .createQueryBuilder('enterprise')
            .where('enterprise.id IN (:...ids)', { ids: validIds }),
          'enterprise',
          scope,
        ).getMany();
  const found = new Map(readUnderScope(scope, rows).map((row) => [row.id, row]));
  return ids.map((id) => found.get(id.toLowerCase()) ?? null);
}

/**
 * A page of inspections (newest first) for each enterprise, all in one statement: one window counts each
 * enterprise's visible inspections, another numbers those past the cursor, so that an enterprise with many
 * cannot crowd out the others. An enterprise with inspections but none past the cursor still sends its
 * first row (past_cursor false), only for its count. Visibility per role is a condition in the statement.
 */
async function loadInspectionPagesOfEnterprises(
  dataSource: DataSource,
  user: UserCaller,
  enterpriseIds: readonly string[],
  { first, after }: PageArgs,
): Promise<Array<Page<Inspection>>> {
  const validIds = [...new Set(enterpriseIds.filter(isUuid).map((id) => id.toLowerCase()))];
  const cursor = after ? decodeCursor(after) : null;
  const pastCursor = cursor
    ? '(candidate.checked_in_at, candidate.id) < (:cursorSort, :cursorId)'
    : 'TRUE';
  const { entities, raw } =
    validIds.length === 0
      ? { entities: [] as Inspection[], raw: [] as Array<Record<string, unknown>> }
      : await dataSource
          .getRepository(Inspection)
          .createQueryBuilder('inspection')
          .innerJoin(
            (ranked) =>
              whereInspectionVisible(
                ranked
                  .select('candidate.id', 'id')
                  .addSelect('count(*) OVER (PARTITION BY candidate.enterprise_id)', 'total_count')
                  .addSelect(pastCursor, 'past_cursor')
                  .addSelect(
                    `row_number() OVER (PARTITION BY candidate.enterprise_id, ${pastCursor} ORDER BY candidate.checked_in_at DESC, candidate.id DESC)`,
                    'rank_in_enterprise',
                  )
                  .from(Inspection, 'candidate')
                  .where('candidate.enterprise_id IN (:...enterpriseIds)', {
                    enterpriseIds: validIds,
                  }),
                'candidate',
                user,
              ).setParameters(cursor ? { cursorSort: cursor.sortValue, cursorId: cursor.id } : {}),
            'ranked',
            'ranked.id = inspection.id',
          )
          .addSelect('ranked.total_count', 'total_count')
          .addSelect('ranked.past_cursor', 'past_cursor')
          .where(
            '(ranked.past_cursor AND ranked.rank_in_enterprise <= :limit) OR ranked.rank_in_enterprise = 1',
            { limit: first + 1 },
          )
          .orderBy('inspection.enterprise_id')
          .addOrderBy('inspection.checked_in_at', 'DESC')
          .addOrderBy('inspection.id', 'DESC')
          .getRawAndEntities()
          .catch((error: unknown) => {
            // A cursor that decodes but holds a value of the wrong type (a forged one) fails in PostgreSQL's casts.
            if (cursor && isInvalidValueError(error))
              throw new BadUserInput(
                'after',
                'This cursor is not one we gave out; pass a pageInfo.endCursor unchanged',
              );
            throw error;
          });
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const totals = new Map<string, number>();
  const rows = new Map<string, Inspection[]>();
  for (const row of raw) {
    const inspection = byId.get(String(row['inspection_id']));
    if (!inspection) continue;
    totals.set(inspection.enterpriseId, Number(row['total_count']));
    if (!row['past_cursor']) continue;
    const list = rows.get(inspection.enterpriseId) ?? [];
    list.push(inspection);
    rows.set(inspection.enterpriseId, list);
  }
  return enterpriseIds.map((id) => {
    const page = rows.get(id.toLowerCase()) ?? [];
    const hasNextPage = page.length > first;
    const nodes = hasNextPage ? page.slice(0, first) : page;
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount: totals.get(id.toLowerCase()) ?? 0,
      pageInfo: {
        hasNextPage,
        endCursor: last
          ? encodeCursor({ sortValue: last.checkedInAt.toISOString(), id: last.id })
          : null,
      },
    };
  });
}

/** invalid_text_representation, invalid_datetime_format, datetime_field_overflow */
function isInvalidValueError(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string } }).driverError?.code;
  return code === '22P02' || code === '22007' || code === '22008';
}

/** The first `first` projects (by name) of each enterprise that the caller may see, in one statement. */
async function loadFirstProjectsOfEnterprises(
  dataSource: DataSource,
  caller: Caller,
  enterpriseIds: readonly string[],
  first: number,
): Promise<Project[][]> {
  const validIds = [...new Set(enterpriseIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (validIds.length === 0 || caller.kind !== 'user') return enterpriseIds.map(() => []);
  const rows = await keepFirstPerParent(
    dataSource.getRepository(Project).createQueryBuilder('project'),
    {
      entity: Project,
      parentColumn: 'enterprise_id',
      parentIds: validIds,
      orderWithinParent: 'candidate.name, candidate.id',
      first,
      narrow: (candidates) => whereVisible(candidates, 'candidate', caller),
    },
  )
    .orderBy('project.name')
    .addOrderBy('project.id')
    .getMany();
  return groupRowsBy(enterpriseIds, rows, (row) => row.enterpriseId);
}

/** Per-request loaders, so that a list of N cells, enterprises or references costs one query, not N. */
export function createEnterpriseLoaders(dataSource: DataSource, caller: Caller) {
  // One loader per page size asked for in this request: aliases may ask for different sizes.
  const ofCellByFirst = new Map<number, DataLoader<string, Enterprise[]>>();
  const projectsByFirst = new Map<number, DataLoader<string, Project[]>>();
  const inspectionsByArgs = new Map<string, DataLoader<string, Page<Inspection>>>();
  const byIds = <T extends { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const validIds = ids.filter(isUuid).map((id) => id.toLowerCase());
      const rows =
        validIds.length > 0
          ? await dataSource
              .getRepository<T>(entity)
              .findBy({ id: In(validIds) } as FindOptionsWhere<T>)
          : [];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id.toLowerCase()) ?? null);
    });
  return {
    /** Null for an unknown enterprise and for one outside the caller's scope. */
    enterprise: new DataLoader<string, Enterprise | null>((ids) =>
      loadEnterprisesInScope(dataSource, enterpriseScope(caller), ids),
    ),
    project: byIds(Project),
    currentCode: new DataLoader<string, EnterpriseCodeVersion | null>((ids) =>
      loadCurrentCodes(dataSource, ids),
    ),
    ledgerOfProject: new DataLoader<string, ProjectLedgerItem[]>(async (projectIds) => {
      const rows = await dataSource
        .getRepository(ProjectLedgerItem)
        .find({ where: { projectId: In([...projectIds]) }, order: { raisedAt: 'ASC', id: 'ASC' } });
      return groupRowsBy(projectIds, rows, (row) => row.projectId);
    }),
    enterprisesOfCell(first: number): DataLoader<string, Enterprise[]> {
      let loader = ofCellByFirst.get(first);
      if (!loader) {
        loader = new DataLoader((cellIds) =>
          loadFirstEnterprisesOfCells(dataSource, enterpriseScope(caller), cellIds, first),
        );
        ofCellByFirst.set(first, loader);
      }
      return loader;
    },
    projectsOfEnterprise(first: number): DataLoader<string, Project[]> {
      let loader = projectsByFirst.get(first);
      if (!loader) {
        loader = new DataLoader((enterpriseIds) =>
          loadFirstProjectsOfEnterprises(dataSource, caller, enterpriseIds, first),
        );
        projectsByFirst.set(first, loader);
      }
      return loader;
    },
    /** One page of inspections per enterprise; the caller's role was checked (`assertMaySeeInspectionsOf`) by the resolver. */
    inspectionsOfEnterprise(
      user: UserCaller,
      args: PageArgs,
    ): DataLoader<string, Page<Inspection>> {
      const key = JSON.stringify([args.first, args.after ?? null]);
      let loader = inspectionsByArgs.get(key);
      if (!loader) {
        loader = new DataLoader((enterpriseIds) =>
          loadInspectionPagesOfEnterprises(dataSource, user, enterpriseIds, args),
        );
        inspectionsByArgs.set(key, loader);
      }
      return loader;
    },
  };
}

export type EnterpriseLoaders = ReturnType<typeof createEnterpriseLoaders>;
