import type { Caller } from '@erqi/shared/util-auth';
import { groupRowsBy, keepFirstPerParent } from '@erqi/shared/data-access-batch-loading';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { AppealCategory } from './appeal-category/appeal-category.entity';
import { appealScopeFilter } from './appeal/appeal-access';
import { Appeal } from './appeal/appeal.entity';
import { TimelineEntry } from './appeal/timeline-entry.entity';
import { AppealDispatch } from './dispatch/appeal-dispatch.entity';
import { AppealPhoto } from './photo/appeal-photo.entity';
import { createEscalationLoaders } from './escalation/escalation.loaders';
import { createMisconductLoaders } from './misconduct/misconduct.loaders';
import { createSupervisionLoaders } from './supervision/supervision.loaders';
import { isUuid } from '@erqi/shared/util-uuid';

/** The columns by which another service's entity owns a list of appeals. */
type AppealParentKey = 'enterpriseId' | 'gridCellId' | 'leadDepartmentId';

/** An appeal found by id, and whether the caller may read it. */
export interface AppealLookup {
  appeal: Appeal;
  readable: boolean;
}

/**
 * The `first` most recent appeals the caller may read of every parent asked for in this tick, in ONE
 * query: a window function numbers each parent's readable appeals newest first and the join keeps the
 * first `first` of each.
 */
function appealsByParentLoader(
  dataSource: DataSource,
  caller: Caller,
  parentKey: AppealParentKey,
  first: number,
): DataLoader<string, Appeal[]> {
  const appeals = dataSource.getRepository(Appeal);
  const column = appeals.metadata.findColumnWithPropertyName(parentKey)?.databaseName ?? parentKey;
  return new DataLoader(async (parentIds) => {
    const scope = appealScopeFilter(caller, 'candidate');
    const ids = [...new Set(parentIds.filter(isUuid))];
    if (ids.length === 0 || scope.sql === 'FALSE') return parentIds.map(() => []);
    const rows = await keepFirstPerParent(appeals.createQueryBuilder('appeal'), {
      entity: Appeal,
      parentColumn: column,
      parentIds: ids,
      orderWithinParent: 'candidate.submitted_at DESC, candidate.id DESC',
      first,
      narrow: (candidates) => candidates.andWhere(scope.sql, scope.parameters),
    })
      .orderBy('appeal.submittedAt', 'DESC')
      .addOrderBy('appeal.id', 'DESC')
      .getMany();
    return groupRowsBy(parentIds, rows, (row) => row[parentKey]);
  });
}

/** Per-request loaders, so that a list of N appeals costs one query per kind of child, not N. */
export function createAppealLoaders(dataSource: DataSource, caller: Caller) {
  // One loader per page size, so parents asked with the same `first` share a query.
  const parentLoaders = new Map<string, DataLoader<string, Appeal[]>>();
  const appealsOf = (parentKey: AppealParentKey, first: number): DataLoader<string, Appeal[]> => {
    const cacheKey = `${parentKey}:${first}`;
    let loader = parentLoaders.get(cacheKey);
    if (!loader) {
      loader = appealsByParentLoader(dataSource, caller, parentKey, first);
      parentLoaders.set(cacheKey, loader);
    }
    return loader;
  };

  return {
    // By id, with whether the caller may read each: one statement per batch, the scope computed in SQL.
    appeal: new DataLoader<string, AppealLookup | null>(async (ids) => {
      const scope = appealScopeFilter(caller, 'appeal');
      const valid = [...new Set(ids.filter(isUuid))];
      if (valid.length === 0) return ids.map(() => null);
      const { entities, raw } = await dataSource
        .getRepository(Appeal)
        .createQueryBuilder('appeal')
        .addSelect(`(${scope.sql})`, 'scope_readable')
        .setParameters(scope.parameters)
        .where('appeal.id IN (:...ids)', { ids: valid })
        .getRawAndEntities<{ appeal_id: string; scope_readable: boolean }>();
      const readable = new Map(raw.map((row) => [row.appeal_id, row.scope_readable === true]));
      const found = new Map(
        entities.map((appeal) => [
          appeal.id,
          { appeal, readable: readable.get(appeal.id) ?? false },
        ]),
      );
      return ids.map((id) => found.get(id) ?? null);
    }),
    category: new DataLoader<string, AppealCategory | null>(async (codes) => {
      const rows = await dataSource.getRepository(AppealCategory).findBy({ code: In([...codes]) });
      const found = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => found.get(code) ?? null);
    }),
    timelineByAppeal: new DataLoader<string, TimelineEntry[]>(async (appealIds) => {
      const rows = await dataSource.getRepository(TimelineEntry).find({
        where: { appealId: In([...appealIds]) },
        order: { at: 'ASC', insertionOrder: 'ASC' },
      });
      return groupRowsBy(appealIds, rows, (row) => row.appealId);
    }),
    dispatchesByAppeal: new DataLoader<string, AppealDispatch[]>(async (appealIds) => {
      const rows = await dataSource.getRepository(AppealDispatch).find({
        where: { appealId: In([...appealIds]) },
        order: { insertionOrder: 'ASC' },
      });
      return groupRowsBy(appealIds, rows, (row) => row.appealId);
    }),
    // Appeal.photos: their metadata only, never the bytes.
    photosByAppeal: new DataLoader<string, AppealPhoto[]>(async (appealIds) => {
      const rows = await dataSource.getRepository(AppealPhoto).find({
        where: { appealId: In([...appealIds]) },
        order: { position: 'ASC' },
      });
      return groupRowsBy(appealIds, rows, (row) => row.appealId ?? '');
    }),
    appealsByEnterprise: (first: number) => appealsOf('enterpriseId', first),
    appealsByGridCell: (first: number) => appealsOf('gridCellId', first),
    appealsByLeadDepartment: (first: number) => appealsOf('leadDepartmentId', first),
    // Appeal.overdue, Appeal.escalations (督办) and SupervisionFinding.history
    ...createEscalationLoaders(dataSource),
    ...createSupervisionLoaders(dataSource),
    ...createMisconductLoaders(dataSource),
  };
}

export type AppealLoaders = ReturnType<typeof createAppealLoaders>;
