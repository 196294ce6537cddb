import { PageArgs } from '@erqi/shared/data-access-pagination';
import { PHOTOS_PER_APPEAL } from '@erqi/appeal/util-contract';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AppealChannel, AppealStatus, HandlingMode } from './appeal.enums';
import { IsVisibleName } from '@erqi/shared/util-text';

/** Longest title accepted: it has to fit a list row on a phone and a department's work order. */
export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 5000;
/** How many appeals `Enterprise.appeals`, `GridCell.appeals` and `Department.appeals` give by default, and at most. */
export const PARENT_APPEALS_DEFAULT = 50;
export const PARENT_APPEALS_MAX = 100;

const NOT_BLANK = /\S/;

@InputType({ description: 'A new appeal (郑好拍), filed by or for an enterprise' })
export class SubmitAppealInput {
  @Field(() => ID, {
    description: 'The enterprise the appeal is for; its grid cell is looked up from it',
  })
  enterpriseId!: string;

  @Field(() => String, {
    description: `What the problem is, in a line: 1 to ${TITLE_MAX_LENGTH} characters`,
  })
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @IsVisibleName()
  @MaxLength(TITLE_MAX_LENGTH, { message: `title must be at most ${TITLE_MAX_LENGTH} characters` })
  title!: string;

  @Field(() => String, { description: `The details: 1 to ${DESCRIPTION_MAX_LENGTH} characters` })
  @Matches(NOT_BLANK, { message: 'description must not be empty' })
  @MaxLength(DESCRIPTION_MAX_LENGTH, {
    message: `description must be at most ${DESCRIPTION_MAX_LENGTH} characters`,
  })
  description!: string;

  @Field(() => String, { description: 'A category code, one of `appealCategories { code }`' })
  category!: string;

  @Field(() => AppealChannel, {
    nullable: true,
    deprecationReason:
      'The channel follows from who files (the filer’s role); leave it out. A value other than the filer’s own channel is refused. Only ADMIN, filing on behalf of a way in, names it.',
  })
  channel?: AppealChannel | null;

  @Field(() => HandlingMode, {
    description: 'Sets the deadline: URGENT 1 day, JOINT 5, LEDGER 15, TRACKED 30',
  })
  handlingMode!: HandlingMode;

  @Field(() => ID, {
    nullable: true,
    description:
      'A UUID the device made for this submission (its offline queue): sent again with the same id, the appeal already filed is answered and nothing new is written',
  })
  @IsOptional()
  @IsUUID('all', { message: 'clientRequestId must be a UUID made by the client' })
  clientRequestId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Photos the caller uploaded to POST /photos and has not attached yet, at most ${PHOTOS_PER_APPEAL}, in the order to show them`,
  })
  @IsOptional()
  @ArrayMaxSize(PHOTOS_PER_APPEAL, {
    message: `An appeal carries at most ${PHOTOS_PER_APPEAL} photos`,
  })
  photoIds?: string[] | null;
}

@ArgsType()
export class AppealsArgs extends PageArgs {
  @Field(() => AppealStatus, { nullable: true })
  status?: AppealStatus | null;

  @Field(() => HandlingMode, { nullable: true })
  handlingMode?: HandlingMode | null;

  @Field(() => AppealChannel, { nullable: true })
  channel?: AppealChannel | null;

  @Field(() => ID, { nullable: true, description: 'Only the appeals of this enterprise' })
  @IsOptional()
  @IsUUID('all', { message: 'enterpriseId is not an id we gave out' })
  enterpriseId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only the appeals of enterprises in this grid cell',
  })
  @IsOptional()
  @IsUUID('all', { message: 'gridCellId is not an id we gave out' })
  gridCellId?: string | null;
}

/** The argument of the appeal lists this subgraph adds to enterprises, cells and departments. */
@ArgsType()
export class ParentAppealsArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: PARENT_APPEALS_DEFAULT,
    description: `The most recent ones, at most ${PARENT_APPEALS_MAX}`,
  })
  @IsOptional()
  @Min(1)
  @Max(PARENT_APPEALS_MAX)
  first?: number | null;
}
