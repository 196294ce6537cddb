import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { SupervisionFindingEntry } from './supervision-finding-entry.entity';

/** Per-request loaders of the ledger: a page of findings costs one query for all their histories. */
export function createSupervisionLoaders(dataSource: DataSource) {
  return {
    findingHistory: new DataLoader<string, SupervisionFindingEntry[]>(async (findingIds) => {
      const rows = await dataSource.getRepository(SupervisionFindingEntry).find({
        where: { findingId: In([...findingIds]) },
        order: { at: 'ASC', insertionOrder: 'ASC' },
      });
      const groups = new Map<string, SupervisionFindingEntry[]>();
      for (const row of rows)
        groups.set(row.findingId, [...(groups.get(row.findingId) ?? []), row]);
      return findingIds.map((id) => groups.get(id) ?? []);
    }),
  };
}
