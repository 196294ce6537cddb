import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';

const NOT_BLANK = /\S/;

@InputType({ description: 'A 顾问团 advice note to a department' })
export class WriteAdviceNoteInput {
  @Field(() => String, {
    description: 'The department addressed (required), e.g. MARKET_REGULATION',
  })
  departmentCode!: string;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title!: string;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'content must not be empty' })
  @MaxLength(10000, { message: 'content must be at most 10000 characters' })
  content!: string;

  @Field(() => GraphQLDateTime, { description: 'When the written response is due; in the future' })
  respondBy!: Date;
}

@ArgsType()
export class RespondToAdviceArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The department’s written response' })
  @Matches(NOT_BLANK, { message: 'response must not be empty' })
  @MaxLength(10000, { message: 'response must be at most 10000 characters' })
  response!: string;
}

@ArgsType()
export class AdviceNotesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only notes to this department' })
  @IsOptional()
  departmentCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only unanswered (true) or answered (false)',
  })
  @IsOptional()
  awaitingResponse?: boolean | null;
}
