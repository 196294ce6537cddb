import { GraphQLDate } from 'graphql-scalars';
import { ArgsType, Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Hours served in one calendar month (Asia/Shanghai)' })
export class MonthServiceHours {
  @Field(() => String, { description: 'e.g. 2024-02, Asia/Shanghai' })
  month!: string;

  @Field(() => Float)
  hours!: number;
}

@ObjectType({ description: 'Hours served at one activity' })
export class ActivityServiceHours {
  /** Resolved to the activity by ActivityServiceHoursResolver. */
  activityId!: string;

  @Field(() => Float)
  hours!: number;
}

/** 服务时长: a volunteer's hours, only from check-in to check-out, never typed in. */
@ObjectType({ description: "A volunteer's service hours (服务时长), from check-ins only" })
export class ServiceHours {
  @Field(() => Float)
  totalHours!: number;

  @Field(() => [MonthServiceHours], { description: 'Oldest month first' })
  byMonth!: MonthServiceHours[];

  @Field(() => [ActivityServiceHours], { description: 'Most hours first' })
  byActivity!: ActivityServiceHours[];
}

@ArgsType()
export class ServiceHoursArgs {
  @Field(() => GraphQLDate, { nullable: true, description: 'First day counted (Asia/Shanghai)' })
  from?: Date | null;

  @Field(() => GraphQLDate, { nullable: true, description: 'Last day counted, inclusive' })
  to?: Date | null;
}
