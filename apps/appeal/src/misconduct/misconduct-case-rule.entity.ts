import { Entity, PrimaryColumn } from 'typeorm';

/** One rule of conduct (十不准 / 十必须) a misconduct case cites; a case cites one or more. */
@Entity({ name: 'misconduct_case_rule' })
export class MisconductCaseRule {
  @PrimaryColumn('uuid', { name: 'case_id' })
  caseId!: string;

  @PrimaryColumn('text', { name: 'rule_code' })
  ruleCode!: string;
}
