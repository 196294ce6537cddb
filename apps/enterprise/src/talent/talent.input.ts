import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { TalentCategory } from './talent-category';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Talents recognised in one category' })
export class RecordTalentRecognitionInput {
  @Field(() => TalentCategory)
  category!: TalentCategory;

  @Field(() => Int, { description: 'How many; zero or more' })
  @Min(0, { message: 'count must not be below zero' })
  @Max(1_000_000, { message: 'count must be at most 1,000,000' })
  count!: number;

  @Field(() => String, { description: 'YYYY-MM-DD; its year is the year it counts towards' })
  @Matches(DAY, { message: 'recognisedOn must be a day such as 2024-03-07' })
  recognisedOn!: string;

  @Field(() => String, { nullable: true, description: 'e.g. the cohort or the programme' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: "A year's target for one talent category" })
export class SetTalentTargetInput {
  @Field(() => Int)
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year!: number;

  @Field(() => TalentCategory)
  category!: TalentCategory;

  @Field(() => Int, { description: 'Zero or more' })
  @Min(0, { message: 'target must not be below zero' })
  target!: number;

  @Field(() => Boolean, { description: 'A floor ("500+") rather than a number to reach' })
  atLeast: boolean = false;
}

@ArgsType()
export class TalentFiguresArgs {
  @Field(() => Int)
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year!: number;
}
