import { PageArgs } from '@erqi/shared/data-access-pagination';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { MisconductCaseStatus, MisconductStep } from './misconduct.enums';

export const CASE_NAME_MAX_LENGTH = 100;
export const CASE_TEXT_MAX_LENGTH = 5000;
export const CASE_NOTE_MAX_LENGTH = 2000;
const NOT_BLANK = /\S/;

@InputType({
  description:
    'A misconduct case (违法违纪案件): who, which department, which rules broken, what happened',
})
export class ReportMisconductCaseInput {
  @Field(() => String, { description: 'The official concerned, by name' })
  @Matches(NOT_BLANK, { message: 'officialName must not be empty' })
  @MaxLength(CASE_NAME_MAX_LENGTH, {
    message: `officialName must be at most ${CASE_NAME_MAX_LENGTH} characters`,
  })
  officialName!: string;

  @Field(() => String, { description: 'The official’s post' })
  @Matches(NOT_BLANK, { message: 'officialPost must not be empty' })
  @MaxLength(CASE_NAME_MAX_LENGTH, {
    message: `officialPost must be at most ${CASE_NAME_MAX_LENGTH} characters`,
  })
  officialPost!: string;

  @Field(() => String, { description: 'The official’s department, e.g. URBAN_MANAGEMENT' })
  departmentCode!: string;

  @Field(() => [String], {
    description: 'The rules broken (codes of conductRules, e.g. NO-02), one to five',
  })
  @ArrayMinSize(1, { message: 'ruleCodes must name at least one rule' })
  @ArrayMaxSize(5, { message: 'ruleCodes may name at most 5 rules' })
  ruleCodes!: string[];

  @Field(() => String, { description: `What happened, 1 to ${CASE_TEXT_MAX_LENGTH} characters` })
  @Matches(NOT_BLANK, { message: 'summary must not be empty' })
  @MaxLength(CASE_TEXT_MAX_LENGTH, {
    message: `summary must be at most ${CASE_TEXT_MAX_LENGTH} characters`,
  })
  summary!: string;
}

@ArgsType()
export class AdvanceMisconductCaseArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => MisconductStep, { description: 'The step taken; it must be the case’s next one' })
  step!: MisconductStep;

  @Field(() => String, { description: 'What was done in this step' })
  @Matches(NOT_BLANK, { message: 'note must say what was done' })
  @MaxLength(CASE_NOTE_MAX_LENGTH, {
    message: `note must be at most ${CASE_NOTE_MAX_LENGTH} characters`,
  })
  note!: string;
}

@ArgsType()
export class ReviewMisconductCaseArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '讲评: the case review' })
  @Matches(NOT_BLANK, { message: 'review must not be empty' })
  @MaxLength(CASE_TEXT_MAX_LENGTH, {
    message: `review must be at most ${CASE_TEXT_MAX_LENGTH} characters`,
  })
  review!: string;

  @Field(() => String, { description: '讲评: the lessons for every department' })
  @Matches(NOT_BLANK, { message: 'lessons must not be empty' })
  @MaxLength(CASE_TEXT_MAX_LENGTH, {
    message: `lessons must be at most ${CASE_TEXT_MAX_LENGTH} characters`,
  })
  lessons!: string;
}

@ArgsType()
export class MisconductCasesArgs extends PageArgs {
  @Field(() => MisconductCaseStatus, { nullable: true })
  @IsOptional()
  status?: MisconductCaseStatus | null;

  @Field(() => String, { nullable: true })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the cases citing this rule' })
  ruleCode?: string | null;
}
