import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum AidKind {
  /** 大病帮扶 */
  SERIOUS_ILLNESS = 'SERIOUS_ILLNESS',
  /** 上学兜底 */
  SCHOOLING = 'SCHOOLING',
  /** 本科及以上学历奖励 */
  DEGREE_BONUS = 'DEGREE_BONUS',
}
registerEnumType(AidKind, {
  name: 'AidKind',
  description: '大病帮扶, 上学兜底 or the degree bonus',
});

export enum AidCaseStatus {
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}
registerEnumType(AidCaseStatus, { name: 'AidCaseStatus' });

/** An aid rule as data: what kind (and degree level), how much, which proofs an application needs. */
@ObjectType({
  description: 'An aid rule of the community (amounts are data; the seed’s are sample)',
})
@Entity({ name: 'aid_rule' })
export class AidRule {
  @Field(() => String)
  @PrimaryColumn('text')
  code!: string;

  @Field(() => AidKind)
  @Column('text')
  kind!: AidKind;

  @Field(() => String, { nullable: true, description: 'DEGREE_BONUS: BACHELOR, MASTER or DOCTOR' })
  @Column('text', { nullable: true })
  level!: string | null;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => Int, { description: 'Yuan' })
  @Column('integer', { name: 'amount_yuan' })
  amountYuan!: number;

  @Field(() => [String], { description: 'The proofs an application must carry, e.g. DIAGNOSIS' })
  @Column('text', { name: 'required_proofs', array: true })
  requiredProofs!: string[];
}

/** 帮扶申请: one application, reviewed and paid, on the household's ledger once paid. */
@Entity({ name: 'aid_case' })
export class AidCaseRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'household_id' })
  householdId!: string;

  @Column('uuid', { name: 'resident_id' })
  residentId!: string;

  @Column('text', { name: 'rule_code' })
  ruleCode!: string;

  @Column('text', { array: true })
  proofs!: string[];

  @Column('text')
  status!: AidCaseStatus;

  @Column('integer', { name: 'amount_yuan' })
  amountYuan!: number;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('timestamptz', { name: 'applied_at' })
  appliedAt!: Date;

  @Column('text', { name: 'applied_by' })
  appliedBy!: string;

  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  @Column('text', { name: 'reviewed_by', nullable: true })
  reviewedBy!: string | null;

  @Column('text', { name: 'review_note', nullable: true })
  reviewNote!: string | null;

  @Column('timestamptz', { name: 'paid_at', nullable: true })
  paidAt!: Date | null;
}
