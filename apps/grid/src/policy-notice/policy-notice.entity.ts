import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 政策提醒: a published policy that an enterprise of the cell qualifies for, for the cell's grid workers. */
@ObjectType({
  description:
    'A policy (二七帮) an enterprise of your cell qualifies for: help it apply (政策提醒)',
})
@Entity({ name: 'policy_notice' })
export class PolicyNotice {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'policy_id' })
  policyId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  @Field(() => String)
  @Column('text', { name: 'enterprise_name' })
  enterpriseName!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'grid_cell_id' })
  gridCellId!: string;

  @Field(() => String, { description: "The policy's title" })
  @Column('text')
  title!: string;

  @Field(() => String)
  @Column('text', { name: 'department_code' })
  departmentCode!: string;

  @Field(() => Int, { description: 'The most one enterprise may receive, in yuan' })
  @Column('integer', { name: 'amount_cap' })
  amountCap!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column('date', { name: 'opens_on' })
  opensOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column('date', { name: 'closes_on' })
  closesOn!: string;

  @Field(() => Date)
  @Column('timestamptz', { name: 'published_at' })
  publishedAt!: Date;
}
