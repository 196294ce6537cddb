import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { isUuid } from '@erqi/shared/util-uuid';
import { AppealEscalation } from './appeal-escalation.entity';

/** Groups rows by appeal id, keeping their order, answering in the order the ids were asked. */
function byAppeal<TRow extends { appealId: string }>(
  ids: readonly string[],
  rows: TRow[],
): TRow[][] {
  const groups = new Map<string, TRow[]>();
  for (const row of rows) groups.set(row.appealId, [...(groups.get(row.appealId) ?? []), row]);
  return ids.map((id) => groups.get(id) ?? []);
}

/** Per-request loaders for what the 督办 watcher wrote: one query per field for a whole page of appeals. */
export function createEscalationLoaders(dataSource: DataSource) {
  return {
    escalationsByAppeal: new DataLoader<string, AppealEscalation[]>(async (appealIds) => {
      const valid = appealIds.filter(isUuid);
      const rows =
        valid.length > 0
          ? await dataSource.getRepository(AppealEscalation).find({
              where: { appealId: In(valid) },
              order: { detectedAt: 'ASC', deadlineAt: 'ASC' },
            })
          : [];
      return byAppeal(appealIds, rows);
    }),
    // The mark lives in a column the Appeal entity does not map (the watcher owns it): read on its own, in one batch.
    overdueByAppeal: new DataLoader<string, boolean>(async (appealIds) => {
      const valid = appealIds.filter(isUuid);
      const rows =
        valid.length > 0
          ? ((await dataSource.query(`SELECT id, overdue FROM appeal WHERE id = ANY($1::uuid[])`, [
              valid,
            ])) as Array<{ id: string; overdue: boolean }>)
          : [];
      const overdue = new Map(rows.map((row) => [row.id, row.overdue]));
      return appealIds.map((id) => overdue.get(id) ?? false);
    }),
  };
}
