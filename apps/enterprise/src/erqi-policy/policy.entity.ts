import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { SizeClass } from '../enterprise-profile/enterprise-profile.entity';
import { Criterion, type Eligibility } from './eligibility';

export enum PolicyStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(PolicyStatus, {
  name: 'PolicyStatus',
  description: 'DRAFT 草稿 (its department and ADMIN only), PUBLISHED 已发布 (everyone signed in)',
});
registerEnumType(Criterion, {
  name: 'PolicyCriterion',
  description:
    'INDUSTRY 行业, SIZE 企业规模, FOUNDED 成立时间, HIGH_TECH 高新技术企业, SPECIALISED_NEW 专精特新, GRID_CELL 网格/区域, WINDOW 申报期, AMOUNT 金额, TERM 期限',
});

@ObjectType({ description: '申报条件: who it is for; an empty list or null holds for everyone' })
export class PolicyEligibility implements Eligibility {
  @Field(() => [String], { description: 'GB/T 4754-2017 sections (门类)' })
  industrySections!: string[];

  @Field(() => [String], {
    description:
      'GB/T 4754-2017 divisions, groups or classes (2–4 digits) the class must fall under',
  })
  industryCodes!: string[];

  @Field(() => [SizeClass])
  sizeClasses!: SizeClass[];

  @Field(() => String, { nullable: true, description: 'Founded on or before (YYYY-MM-DD)' })
  foundedOnOrBefore!: string | null;

  @Field(() => String, { nullable: true, description: 'Founded on or after (YYYY-MM-DD)' })
  foundedOnOrAfter!: string | null;

  @Field(() => Boolean, { description: 'Only 高新技术企业' })
  requiresHighTech!: boolean;

  @Field(() => Boolean, { description: 'Only 专精特新 enterprises' })
  requiresSpecialisedNew!: boolean;

  @Field(() => [ID], { description: 'The grid cells it is for; empty for the whole district' })
  gridCellIds!: string[];
}

/** 惠企政策 (二七帮): a subsidy policy owned by a department, with its conditions, cap and window. */
@ObjectType({
  description: 'A pro-enterprise subsidy policy (惠企政策, 二七帮) owned by a department',
})
@Entity({ name: 'policy' })
@Index('policy_status_opens', ['status', 'opensOn', 'id'])
export class Policy {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => String, { description: 'What it gives and how, in a few sentences' })
  @Column('text')
  summary!: string;

  @Field(() => String, { description: 'The department that owns it, e.g. HUMAN_RESOURCES' })
  @Column('text', { name: 'department_code' })
  departmentCode!: string;

  @Field(() => Int, { description: 'The most one enterprise may receive, in yuan (≥ 0)' })
  @Column('integer', { name: 'amount_cap' })
  amountCap!: number;

  @Field(() => String, { description: 'First day of the application window (YYYY-MM-DD)' })
  @Column('date', { name: 'opens_on' })
  opensOn!: string;

  @Field(() => String, { description: 'Last day of the application window (YYYY-MM-DD)' })
  @Column('date', { name: 'closes_on' })
  closesOn!: string;

  @Field(() => PolicyEligibility)
  @Column('jsonb')
  eligibility!: PolicyEligibility;

  @Field(() => PolicyStatus)
  @Column('text')
  status!: PolicyStatus;

  @Field(() => Date)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many enterprises qualified when it was published (their grid workers were told)',
  })
  @Column('integer', { name: 'matched_at_publish', nullable: true })
  matchedAtPublish!: number | null;

  @Field(() => Boolean, { description: 'Invented sample data, not a real policy' })
  @Column('boolean', { default: false })
  sample!: boolean;
}
