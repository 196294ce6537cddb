import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { VolunteerDuty } from './shift.entity';

@InputType({ description: 'A new volunteer activity (志愿活动)' })
export class CreateVolunteerActivityInput {
  @Field(() => String, {
    description: 'Stable code, capitals, digits and _, e.g. SPRING_FAIR_2025',
  })
  @Matches(/^[A-Z][A-Z0-9_]{2,63}$/, {
    message: 'code must be 3 to 64 capitals, digits or _, starting with a capital',
  })
  code!: string;

  @Field(() => String)
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name!: string;

  @Field(() => String)
  @Matches(/\S/, { message: 'location must not be empty' })
  @MaxLength(100, { message: 'location must be at most 100 characters' })
  location!: string;

  @Field(() => GraphQLDate, { description: 'First day, Asia/Shanghai' })
  startsOn!: Date;

  @Field(() => GraphQLDate, { description: 'Last day (inclusive), not before startsOn' })
  endsOn!: Date;

  @Field(() => Int, { nullable: true, description: 'Visits reported by the organisers, ≥ 0' })
  reportedVisits?: number | null;
}

@InputType({ description: 'A new post (岗位): a duty at a place of an activity, for one team' })
export class AddVolunteerPostInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => ID)
  teamId!: string;

  @Field(() => VolunteerDuty)
  duty!: VolunteerDuty;

  @Field(() => String, { description: 'Where the post stands, e.g. 北入口游客服务点' })
  @Matches(/\S/, { message: 'place must not be empty' })
  @MaxLength(100, { message: 'place must be at most 100 characters' })
  place!: string;
}

@InputType({ description: "A new shift (班次) at a post, starting on one of the activity's days" })
export class AddVolunteerShiftInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => GraphQLDateTime)
  startsAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'After startsAt, at most 24 hours later' })
  endsAt!: Date;

  @Field(() => Int, { description: 'Volunteers needed, at least 1' })
  requiredHeadcount!: number;
}
