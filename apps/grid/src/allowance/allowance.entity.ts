import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 高龄补贴 rule as data: who is due (age on the first of the month) and how much a month. */
@ObjectType({ description: 'An allowance rule of a community (e.g. 60+ → 100 yuan a month)' })
@Entity({ name: 'allowance_rule' })
export class AllowanceRule {
  @Field(() => String)
  @PrimaryColumn('text')
  code!: string;

  @Field(() => String)
  @Column('text', { name: 'community_code' })
  communityCode!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => Int, {
    description: 'Due from this age, reached on or before the first of the month',
  })
  @Column('integer', { name: 'minimum_age' })
  minimumAge!: number;

  @Field(() => Int, { description: 'Yuan a month' })
  @Column('integer', { name: 'monthly_amount_yuan' })
  monthlyAmountYuan!: number;
}

/** One resident paid for one month: the unique (month, resident) pays no one twice. */
@Entity({ name: 'allowance_payment' })
export class AllowancePayment {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  month!: string;

  @Column('text', { name: 'rule_code' })
  ruleCode!: string;

  @Column('uuid', { name: 'resident_id' })
  residentId!: string;

  @Column('uuid', { name: 'household_id' })
  householdId!: string;

  @Column('integer', { name: 'amount_yuan' })
  amountYuan!: number;

  @Column('integer', { name: 'age_on_first' })
  ageOnFirst!: number;

  @Column('timestamptz', { name: 'paid_at' })
  paidAt!: Date;
}
