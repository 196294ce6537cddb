import { PageArgs } from '@erqi/shared/data-access-pagination';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { HandlingMode } from '../appeal/appeal.enums';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH } from '../appeal/appeal.input';

const NOT_BLANK = /\S/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A new 吐槽大会 session' })
export class CreateRoastSessionInput {
  @Field(() => String, { description: 'The day (YYYY-MM-DD)' })
  @Matches(DATE, { message: 'heldOn must be a date, YYYY-MM-DD' })
  heldOn!: string;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'place must not be empty' })
  @MaxLength(200)
  place!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  topic?: string | null;

  @Field(() => [ID], { description: 'The experience officers attending, at least one' })
  @ArrayMinSize(1, { message: 'A session needs at least one attending experience officer' })
  @ArrayMaxSize(100)
  attendingOfficerIds!: string[];
}

@InputType({ description: 'A complaint raised at a 吐槽大会, filed as an appeal in the same step' })
export class RecordRoastComplaintInput {
  @Field(() => ID, { description: 'The experience officer who raised it; must be attending' })
  officerId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The enterprise concerned; by default the officer’s own (when it is in the registry)',
  })
  @IsOptional()
  enterpriseId?: string | null;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(TITLE_MAX_LENGTH, { message: `title must be at most ${TITLE_MAX_LENGTH} characters` })
  title!: string;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'description must not be empty' })
  @MaxLength(DESCRIPTION_MAX_LENGTH, {
    message: `description must be at most ${DESCRIPTION_MAX_LENGTH} characters`,
  })
  description!: string;

  @Field(() => String, { description: 'A category code, one of `appealCategories { code }`' })
  category!: string;

  @Field(() => HandlingMode, { defaultValue: HandlingMode.TRACKED })
  handlingMode!: HandlingMode;
}

@ArgsType()
export class RoastSessionsArgs extends PageArgs {}
