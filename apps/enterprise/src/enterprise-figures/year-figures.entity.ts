import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** PostgreSQL returns bigint as a string; yuan amounts stay exact as numbers up to 2^53. */
const yuan: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

/** The columns shared by the current figures and every recorded version of them. */
// An object type so that both entities below inherit its fields; no field returns it, so no schema shows it.
@ObjectType()
abstract class YearFiguresColumns {
  /** Exposed as `enterpriseId` and through `enterpriseName`. */
  @Field(() => ID)
  @Column('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  @Field(() => Int, { description: 'The calendar year the figures are for' })
  @Column('integer')
  year!: number;

  @Field(() => Int, {
    description: 'How many times the figures of this year were recorded; 1 for the first',
  })
  @Column('integer')
  version!: number;

  @Field(() => Float, { description: '营业收入: revenue of the year in whole yuan' })
  @Column('bigint', { name: 'revenue_yuan', transformer: yuan })
  revenueYuan!: number;

  @Field(() => Float, {
    description: '计划营收: the revenue planned for the next year, in whole yuan',
  })
  @Column('bigint', { name: 'planned_revenue_next_year_yuan', transformer: yuan })
  plannedRevenueNextYearYuan!: number;

  @Field(() => Int, {
    nullable: true,
    description: '提供就业岗位: jobs the enterprise offered in the year; null when not reported',
  })
  @Column('integer', { name: 'jobs_offered', nullable: true })
  jobsOffered!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Of the jobs offered, how many were filled; null when not reported',
  })
  @Column('integer', { name: 'jobs_filled', nullable: true })
  jobsFilled!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the figures come from, e.g. an annual report or an article',
  })
  @Column('text', { nullable: true })
  source!: string | null;

  @Field(() => Boolean, { description: 'Invented sample data (seed), not figures anyone reported' })
  @Column('boolean', { default: false })
  sample!: boolean;

  @Field(() => String, { description: 'Who recorded this version, e.g. `ADMIN:平台管理员`' })
  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Field(() => Date)
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}

/** 企业年度经营数据: an enterprise's figures for one year, as last recorded. */
@ObjectType({
  description:
    "An enterprise's figures for one year (企业年度经营数据): revenue, next year's plan, jobs offered and filled",
})
@Entity({ name: 'enterprise_year_figures' })
export class EnterpriseYearFigures extends YearFiguresColumns {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;
}

/** Every recorded version of an enterprise's year, kept so a correction never erases what was said before. */
@ObjectType({ description: 'One recorded version of an enterprise’s figures for a year' })
@Entity({ name: 'enterprise_year_figures_version' })
export class EnterpriseYearFiguresVersion extends YearFiguresColumns {
  @PrimaryColumn('uuid')
  id!: string;
}
