import { seedUsers, stableId } from '@erqi/shared/util-seed-fixtures';
import type { EntityManager } from 'typeorm';
import { MisconductCaseEntry } from './misconduct-case-entry.entity';
import { MisconductCaseRule } from './misconduct-case-rule.entity';
import { MisconductCase } from './misconduct-case.entity';
import { MisconductCaseStatus } from './misconduct.enums';

/**
 * One sample case (invented, no real person), reported by the seed supervisor, so that its
 * confidentiality can be tried on a fresh system. Stable ids: a re-run inserts nothing.
 */
export async function seedMisconductSample(manager: EntityManager, now: Date): Promise<void> {
  const reporter = seedUsers.find((user) => user.role === 'SUPERVISOR');
  if (!reporter) return;
  const id = stableId('misconduct-case', 'sample-1');
  const reportedBy = `SUPERVISOR:${reporter.name}`;
  // sample
  await manager
    .createQueryBuilder()
    .insert()
    .into(MisconductCase)
    .values({
      id,
      officialName: '张某（样例）',
      officialPost: '审批窗口科员',
      departmentCode: 'MARKET_REGULATION',
      summary: '样例：企业办理变更登记时，被要求提供清单外的证明材料，往返三次未办结',
      status: MisconductCaseStatus.REPORTED,
      reportedBy,
      reporterSubject: reporter.subject,
      reporterRole: reporter.role,
      reportedAt: now,
      review: null,
      lessons: null,
      reviewedBy: null,
      reviewedAt: null,
      version: 1,
    })
    .orIgnore()
    .execute();
  await manager
    .createQueryBuilder()
    .insert()
    .into(MisconductCaseRule)
    .values([
      { caseId: id, ruleCode: 'NO-01' },
      { caseId: id, ruleCode: 'MUST-03' },
    ])
    .orIgnore()
    .execute();
  await manager
    .createQueryBuilder()
    .insert()
    .into(MisconductCaseEntry)
    .values({
      id: stableId('misconduct-case-entry', 'sample-1'),
      caseId: id,
      at: now,
      actor: reportedBy,
      fromStatus: null,
      toStatus: MisconductCaseStatus.REPORTED,
      note: '监督员报告：违反 NO-01、MUST-03',
    })
    .orIgnore()
    .execute();
}
