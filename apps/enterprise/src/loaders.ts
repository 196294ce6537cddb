import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Enterprise } from './enterprise/enterprise.entity';
import { isEnterpriseId } from './enterprise/enterprise.service';

/**
 * The first `first` enterprises (by name) of each cell, for all cells in one statement: a window
 * function numbers each cell's rows, so a cell with many enterprises cannot crowd out the others.
 */
async function loadFirstEnterprisesOfCells(dataSource: DataSource, cellIds: readonly string[], first: number): Promise<Enterprise[][]> {
  // A representation may carry any string; only UUIDs can name a cell, and PostgreSQL rejects the rest.
  const validIds = [...new Set(cellIds.filter(isEnterpriseId).map((id) => id.toLowerCase()))];
  const rows =
    validIds.length === 0
      ? []
      : await dataSource
          .getRepository(Enterprise)
          .createQueryBuilder('enterprise')
          .innerJoin(
            (ranked) =>
              ranked
                .select('candidate.id', 'id')
                .addSelect('row_number() OVER (PARTITION BY candidate.grid_cell_id ORDER BY candidate.name, candidate.id)', 'rank_in_cell')
                .from(Enterprise, 'candidate')
                .where('candidate.grid_cell_id IN (:...cellIds)', { cellIds: validIds }),
            'ranked',
            'ranked.id = enterprise.id',
          )
          .where('ranked.rank_in_cell <= :first', { first })
          .orderBy('enterprise.name')
          .addOrderBy('enterprise.id')
          .getMany();
  const byCell = new Map<string, Enterprise[]>();
  for (const row of rows) {
    const list = byCell.get(row.gridCellId) ?? [];
    list.push(row);
    byCell.set(row.gridCellId, list);
  }
  return cellIds.map((cellId) => byCell.get(cellId.toLowerCase()) ?? []);
}

/** Per-request loaders, so that a list of N cells or references costs one query, not N. */
export function createEnterpriseLoaders(dataSource: DataSource) {
  // One loader per page size asked for in this request: aliases may ask for different sizes.
  const ofCellByFirst = new Map<number, DataLoader<string, Enterprise[]>>();
  return {
    enterprise: new DataLoader<string, Enterprise | null>(async (ids) => {
      const validIds = ids.filter(isEnterpriseId);
      const rows = validIds.length > 0 ? await dataSource.getRepository(Enterprise).findBy({ id: In(validIds) }) : [];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id.toLowerCase()) ?? null);
    }),
    enterprisesOfCell(first: number): DataLoader<string, Enterprise[]> {
      let loader = ofCellByFirst.get(first);
      if (!loader) {
        loader = new DataLoader((cellIds) => loadFirstEnterprisesOfCells(dataSource, cellIds, first));
        ofCellByFirst.set(first, loader);
      }
      return loader;
    },
  };
}

export type EnterpriseLoaders = ReturnType<typeof createEnterpriseLoaders>;
