import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Resident } from '../household/household.types';
import { PageInfo } from '@erqi/shared/data-access-pagination';

@ObjectType({ description: 'One payment of a monthly allowance run' })
export class AllowanceLine {
  @Field(() => ID)
  id!: string;

  @Field(() => Resident)
  resident!: Resident;

  @Field(() => Int, { description: 'Yuan' })
  amountYuan!: number;

  @Field(() => Int, { description: 'Age on the first of the month' })
  ageOnFirst!: number;

  @Field(() => GraphQLDateTime)
  paidAt!: Date;
}

@ObjectType({ description: "A month's elder allowance (高龄补贴) payout: the total and each line" })
export class AllowanceRun {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int, { description: 'Yuan a month per resident (the rule, as data)' })
  amountYuan!: number;

  @Field(() => Int, { description: 'Residents paid for the month' })
  count!: number;

  @Field(() => Int, { description: 'Yuan paid for the month in all' })
  totalYuan!: number;

  @Field(() => Int, { description: 'Paid by this run (0 when the month was paid already)' })
  paidNow!: number;

  @Field(() => [AllowanceLine], { description: 'A page of lines, by resident name' })
  lines!: AllowanceLine[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
