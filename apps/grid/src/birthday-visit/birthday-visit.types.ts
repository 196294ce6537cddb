import { Max, Min, IsOptional, Length } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Resident } from '../household/household.types';
import { Appeal } from './appeal.reference';

@ObjectType({
  description: "A resident's suggestion and the appeal it became (诉求, by reference)",
})
export class CommunitySuggestion {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => GraphQLDateTime)
  raisedAt!: Date;

  @Field(() => Appeal, {
    description:
      'The appeal it became; its status is the appeal service’s, resolved by the gateway',
  })
  appeal!: Appeal;
}

@ObjectType({ description: '意见表: the opinion form as answered on the visit' })
export class OpinionForm {
  @Field(() => String, { nullable: true, description: '身体状况' })
  health!: string | null;

  @Field(() => String, { nullable: true, description: '生活需求' })
  needs!: string | null;

  @Field(() => Int, { nullable: true, description: '满意度 1-5' })
  satisfaction!: number | null;

  @Field(() => String, { nullable: true, description: '意见建议' })
  suggestion!: string | null;
}

@ObjectType({ description: '生日慰问: a recorded birthday visit' })
export class BirthdayVisit {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  visitedOn!: string;

  @Field(() => OpinionForm)
  answers!: OpinionForm;

  @Field(() => CommunitySuggestion, { nullable: true })
  suggestion!: CommunitySuggestion | null;
}

@ObjectType({ description: 'A resident turning 80 or more this month, and the visit if recorded' })
export class BirthdayListEntry {
  @Field(() => Resident)
  resident!: Resident;

  @Field(() => String, { description: 'The birthday this month, YYYY-MM-DD' })
  birthday!: string;

  @Field(() => Int, { description: 'The age they turn' })
  turning!: number;

  @Field(() => BirthdayVisit, { nullable: true })
  visit!: BirthdayVisit | null;
}

@ObjectType({ description: "A month's birthday list (80 or more) with its visits" })
export class BirthdayVisitList {
  @Field(() => String)
  month!: string;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => Int, { description: 'How many of them were visited' })
  visitedCount!: number;

  @Field(() => [BirthdayListEntry], { description: 'By birthday, then name' })
  nodes!: BirthdayListEntry[];
}

@InputType({ description: 'A birthday visit and the 意见表 answers' })
export class RecordBirthdayVisitInput {
  @Field(() => ID)
  residentId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, in the birthday month, not in the future' })
  visitedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  health?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  needs?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(5)
  satisfaction?: number | null;

  @Field(() => String, { nullable: true, description: 'Given: becomes an appeal in the same step' })
  @IsOptional()
  @Length(0, 2000)
  suggestion?: string | null;
}
