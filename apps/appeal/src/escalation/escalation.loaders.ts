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
    // Overdue while one of the appeal's escalations is not cleared (the watcher owns the ledger): one batch.
    overdueByAppeal: new DataLoader<string, boolean>(async (appealIds) => {
      const valid = appealIds.filter(isUuid);
      const rows =
        valid.length > 0
          ? ((await dataSource.query(
              `SELECT DISTINCT appeal_id FROM appeal_escalation WHERE appeal_id = ANY($1::uuid[]) AND cleared_at IS NULL`,
              [valid],
            )) as Array<{ appeal_id: string }>)
          : [];
      const overdue = new Set(rows.map((row) => row.appeal_id));
      return appealIds.map((id) => overdue.has(id));
    }),
  };
}
