import { groupRowsBy } from '@erqi/shared/data-access-batch-loading';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { MisconductCaseEntry } from './misconduct-case-entry.entity';
import { MisconductCaseRule } from './misconduct-case-rule.entity';

/** Per-request loaders: a page of cases costs one query for their rules and one for their histories. */
export function createMisconductLoaders(dataSource: DataSource) {
  return {
    misconductRuleCodes: new DataLoader<string, string[]>(async (caseIds) => {
      const rows = await dataSource
        .getRepository(MisconductCaseRule)
        .find({ where: { caseId: In([...caseIds]) }, order: { ruleCode: 'ASC' } });
      return groupRowsBy(caseIds, rows, (row) => row.caseId).map((group) =>
        group.map((row) => row.ruleCode),
      );
    }),
    misconductHistory: new DataLoader<string, MisconductCaseEntry[]>(async (caseIds) => {
      const rows = await dataSource.getRepository(MisconductCaseEntry).find({
        where: { caseId: In([...caseIds]) },
        order: { at: 'ASC', insertionOrder: 'ASC' },
      });
      return groupRowsBy(caseIds, rows, (row) => row.caseId);
    }),
  };
}
