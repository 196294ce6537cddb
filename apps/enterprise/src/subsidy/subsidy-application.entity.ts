import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/** 补贴申请 status: applied → reviewed → approved → paid, or rejected before approval. */
export enum SubsidyStatus {
  APPLIED = 'APPLIED',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
}
registerEnumType(SubsidyStatus, {
  name: 'SubsidyStatus',
  description: 'APPLIED 已申报, REVIEWED 已审核, APPROVED 已批准, PAID 已拨付, REJECTED 未通过',
});

/** Who may follow which status: the owning department moves an application along these only. */
export const SUBSIDY_TRANSITIONS: Readonly<Record<SubsidyStatus, readonly SubsidyStatus[]>> = {
  [SubsidyStatus.APPLIED]: [SubsidyStatus.REVIEWED, SubsidyStatus.REJECTED],
  [SubsidyStatus.REVIEWED]: [SubsidyStatus.APPROVED, SubsidyStatus.REJECTED],
  [SubsidyStatus.APPROVED]: [SubsidyStatus.PAID],
  [SubsidyStatus.PAID]: [],
  [SubsidyStatus.REJECTED]: [],
};

/** 补贴申请: an enterprise's application under a policy, moved on by the policy's department. */
@ObjectType({ description: "An enterprise's subsidy application under a policy (补贴申请)" })
@Entity({ name: 'subsidy_application' })
@Unique('subsidy_application_once', ['policyId', 'enterpriseId'])
@Index('subsidy_application_enterprise', ['enterpriseId', 'appliedAt'])
@Index('subsidy_application_department', ['departmentCode', 'appliedAt'])
export class SubsidyApplication {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'policy_id' })
  policyId!: string;

  @Column('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  /** The policy's department, kept here so that a department's applications are one indexed query. */
  @Field(() => String, { description: 'The department that owns the policy and moves this on' })
  @Column('text', { name: 'department_code' })
  departmentCode!: string;

  @Field(() => Int, { description: 'What the enterprise asked for, in yuan' })
  @Column('integer', { name: 'requested_amount' })
  requestedAmount!: number;

  @Field(() => Int, { nullable: true, description: 'What the department approved, in yuan' })
  @Column('integer', { name: 'approved_amount', nullable: true })
  approvedAmount!: number | null;

  @Field(() => Int, { nullable: true, description: 'What was paid out, in yuan' })
  @Column('integer', { name: 'paid_amount', nullable: true })
  paidAmount!: number | null;

  @Field(() => SubsidyStatus)
  @Column('text')
  status!: SubsidyStatus;

  @Field(() => Date)
  @Column('timestamptz', { name: 'applied_at' })
  appliedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'paid_at', nullable: true })
  paidAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The department's last note, e.g. why it was rejected",
  })
  @Column('text', { nullable: true })
  note!: string | null;

  @Field(() => String, { description: 'Who moved it last' })
  @Column('text', { name: 'updated_by' })
  updatedBy!: string;
}
