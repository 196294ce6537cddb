import { groupRowsBy } from '@erqi/shared/data-access-batch-loading';
import { isUuid } from '@erqi/shared/util-uuid';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { EnterpriseYearFiguresVersion } from './year-figures.entity';

/**
 * Per-request loaders of the collective economy. Enterprise names are read without the enterprise
 * scope on purpose: whoever may see an enterprise's figures (a LEADER's board covers every enterprise,
 * not only its liaisons) may see whose figures they are; nothing else of the enterprise is opened.
 */
export function createEconomyLoaders(dataSource: DataSource) {
  return {
    enterpriseName: new DataLoader<string, string | null>(async (ids) => {
      const validIds = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
      const rows =
        validIds.length === 0
          ? []
          : ((await dataSource.query('SELECT id, name FROM enterprise WHERE id = ANY($1)', [
              validIds,
            ])) as Array<{ id: string; name: string }>);
      const names = new Map(rows.map((row) => [row.id, row.name]));
      return ids.map((id) => names.get(id.toLowerCase()) ?? null);
    }),
    /** Every version of each (enterprise, year), keyed `enterpriseId:year`, oldest first, in one statement. */
    versionsOf: new DataLoader<string, EnterpriseYearFiguresVersion[]>(async (keys) => {
      const pairs = keys.map((key) => key.split(':'));
      const rows = await dataSource
        .getRepository(EnterpriseYearFiguresVersion)
        .createQueryBuilder('version')
        .where(
          '(version.enterprise_id, version.year) IN (SELECT * FROM unnest(CAST(:enterpriseIds AS uuid[]), CAST(:years AS integer[])))',
          {
            enterpriseIds: pairs.map(([enterpriseId]) => enterpriseId),
            years: pairs.map(([, year]) => Number(year)),
          },
        )
        .orderBy('version.version', 'ASC')
        .getMany();
      return groupRowsBy(keys, rows, (row) => versionKey(row.enterpriseId, row.year));
    }),
  };
}

/** The key of `versionsOf`. */
export function versionKey(enterpriseId: string, year: number): string {
  return `${enterpriseId}:${year}`;
}

export type EconomyLoaders = ReturnType<typeof createEconomyLoaders>;
