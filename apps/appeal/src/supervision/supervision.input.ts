import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { FindingStatus } from './supervision.enums';
import { IsVisibleName } from '@erqi/shared/util-text';

export const FINDING_TITLE_MAX_LENGTH = 200;
export const FINDING_DESCRIPTION_MAX_LENGTH = 5000;
export const FINDING_NOTE_MAX_LENGTH = 2000;
const NOT_BLANK = /\S/;

@InputType({
  description:
    'A problem found on undercover supervision (暗访督导), to be rectified by a department',
})
export class RecordSupervisionFindingInput {
  @Field(() => String, { description: 'The department that must rectify, e.g. URBAN_MANAGEMENT' })
  departmentCode!: string;

  @Field(() => String, {
    description:
      'The rule of conduct it breaks (十不准 / 十必须), a code of conductRules, e.g. NO-02',
  })
  ruleCode!: string;

  @Field(() => String, { description: `1 to ${FINDING_TITLE_MAX_LENGTH} characters` })
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @IsVisibleName()
  @MaxLength(FINDING_TITLE_MAX_LENGTH, {
    message: `title must be at most ${FINDING_TITLE_MAX_LENGTH} characters`,
  })
  title!: string;

  @Field(() => String, { description: `1 to ${FINDING_DESCRIPTION_MAX_LENGTH} characters` })
  @Matches(NOT_BLANK, { message: 'description must not be empty' })
  @MaxLength(FINDING_DESCRIPTION_MAX_LENGTH, {
    message: `description must be at most ${FINDING_DESCRIPTION_MAX_LENGTH} characters`,
  })
  description!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it was found; now if not given, never in the future',
  })
  @IsOptional()
  foundAt?: Date | null;

  @Field(() => GraphQLDateTime, {
    description: 'When it must be rectified: after foundAt and after now',
  })
  rectifyBy!: Date;
}

@ArgsType()
export class FindingMoveArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: `What was done or checked, up to ${FINDING_NOTE_MAX_LENGTH} characters`,
  })
  @IsOptional()
  @MaxLength(FINDING_NOTE_MAX_LENGTH, {
    message: `note must be at most ${FINDING_NOTE_MAX_LENGTH} characters`,
  })
  note?: string | null;
}

@ArgsType()
export class RejectRectificationArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Why the rectification is not accepted' })
  @Matches(NOT_BLANK, { message: 'note must say why the rectification is rejected' })
  @MaxLength(FINDING_NOTE_MAX_LENGTH, {
    message: `note must be at most ${FINDING_NOTE_MAX_LENGTH} characters`,
  })
  note!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'A new deadline, after now; the old one stays if not given',
  })
  @IsOptional()
  rectifyBy?: Date | null;
}

@ArgsType()
export class SupervisionFindingsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  departmentCode?: string | null;

  @Field(() => FindingStatus, { nullable: true })
  status?: FindingStatus | null;

  @Field(() => String, { nullable: true, description: 'Only the findings citing this rule' })
  ruleCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the findings escalated (true) or not (false)',
  })
  overdue?: boolean | null;
}

@ArgsType()
export class FindingRuleFiguresArgs {
  @Field(() => String, { nullable: true, description: 'Only this department’s findings' })
  departmentCode?: string | null;
}
