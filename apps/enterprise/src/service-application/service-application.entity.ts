import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ServiceChannel } from '../service-matter/service-matter.enums';

/** 办件 status: accepted on the clock, then decided; 容缺 lapsed or a broken 承诺 end it otherwise. */
export enum ServiceApplicationStatus {
  /** 已受理: on the working-day clock. */
  ACCEPTED = 'ACCEPTED',
  /** 已办结（准予）. */
  APPROVED = 'APPROVED',
  /** 已办结（不予）. */
  REJECTED = 'REJECTED',
  /** 终止办理: deferred (容缺) materials not supplied by the promised date. */
  TERMINATED = 'TERMINATED',
  /** 撤销: approved on a commitment (告知承诺) that verification found untrue. */
  REVOKED = 'REVOKED',
}

registerEnumType(ServiceApplicationStatus, {
  name: 'ServiceApplicationStatus',
  description:
    'ACCEPTED 已受理, APPROVED 准予, REJECTED 不予, TERMINATED 容缺材料逾期未补终止, REVOKED 承诺不实撤销',
});

/** 告知承诺核查: what later verification found. */
export enum CommitmentVerification {
  PENDING = 'PENDING',
  HONOURED = 'HONOURED',
  BREACHED = 'BREACHED',
}

registerEnumType(CommitmentVerification, {
  name: 'CommitmentVerification',
  description: '告知承诺核查: PENDING 待核查, HONOURED 属实, BREACHED 不实',
});

/** 办件: an enterprise's application for a matter of the list, on the working-day clock. */
@ObjectType({ description: "An enterprise's application for a matter of the list (办件)" })
@Entity({ name: 'service_application' })
export class ServiceApplication {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** Exposed as `matter`. */
  @Column('uuid', { name: 'matter_id' })
  matterId!: string;

  @Field(() => Int, { description: 'The version of the matter applied under' })
  @Column('integer', { name: 'matter_version' })
  matterVersion!: number;

  @Field(() => String, { description: 'The matter code applied for' })
  @Column('text', { name: 'matter_code' })
  matterCode!: string;

  @Field(() => String, { description: 'The name of the matter, as applied for' })
  @Column('text', { name: 'matter_name' })
  matterName!: string;

  @Field(() => String, { description: 'The department that decides it' })
  @Column('text', { name: 'department_code' })
  departmentCode!: string;

  /** Exposed as `enterprise`. */
  @Column('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  @Field(() => ServiceChannel)
  @Column('text')
  channel!: ServiceChannel;

  @Field(() => ServiceApplicationStatus)
  @Column('text')
  status!: ServiceApplicationStatus;

  @Field(() => [String], { description: 'Materials handed in' })
  @Column('text', { name: 'submitted_materials', array: true })
  submittedMaterials!: string[];

  @Field(() => [String], { description: '免证: materials looked up from shared data instead' })
  @Column('text', { name: 'looked_up_materials', array: true })
  lookedUpMaterials!: string[];

  @Field(() => [String], {
    description: '容缺: materials accepted as missing, to be supplied by supplyBy',
  })
  @Column('text', { name: 'deferred_materials', array: true })
  deferredMaterials!: string[];

  @Field(() => [String], { description: 'Deferred materials supplied since' })
  @Column('text', { name: 'supplied_materials', array: true })
  suppliedMaterials!: string[];

  @Field(() => Date, {
    nullable: true,
    description: '容缺: the date promised for the missing materials',
  })
  @Column('timestamptz', { name: 'supply_by', nullable: true })
  supplyBy!: Date | null;

  @Field(() => [String], { description: '告知承诺: materials replaced by the signed commitment' })
  @Column('text', { name: 'committed_materials', array: true })
  committedMaterials!: string[];

  @Field(() => String, { nullable: true, description: '告知承诺: the commitment as signed' })
  @Column('text', { name: 'commitment_text', nullable: true })
  commitmentText!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'commitment_signer', nullable: true })
  commitmentSigner!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'commitment_signed_at', nullable: true })
  commitmentSignedAt!: Date | null;

  @Field(() => CommitmentVerification, { nullable: true, description: 'Null without a commitment' })
  @Column('text', { nullable: true })
  verification!: CommitmentVerification | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'verification_note', nullable: true })
  verificationNote!: string | null;

  @Field(() => Date, { description: '受理 time: the clock starts' })
  @Column('timestamptz', { name: 'accepted_at' })
  acceptedAt!: Date;

  @Field(() => Int, { description: 'The promised time limit applied, in working days' })
  @Column('integer', { name: 'promised_days' })
  promisedDays!: number;

  @Field(() => Date, { description: 'Due: promisedDays working days after acceptance' })
  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was decided or ended' })
  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'The decision or why it ended' })
  @Column('text', { name: 'decision_note', nullable: true })
  decisionNote!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: '督办: when its passed deadline was escalated (once)',
  })
  @Column('timestamptz', { name: 'escalated_at', nullable: true })
  escalatedAt!: Date | null;

  @Column('text', { name: 'applied_by' })
  appliedBy!: string;
}
