import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, Int, registerEnumType } from 'type-graphql';
import { IsVisibleName } from '@erqi/shared/util-text';
import { HandlingMode } from '../appeal/appeal.enums';

/** Longest note, feedback or comment accepted on a step. */
export const NOTE_MAX_LENGTH = 2000;
const NOTE_MESSAGE = `must be at most ${NOTE_MAX_LENGTH} characters`;

/** What to do with an appeal flagged as a possible duplicate. */
export enum DuplicateAction {
  /** Close it as MERGED into the earlier appeal. */
  MERGE = 'MERGE',
  /** It is a different problem: clear the flag. */
  KEEP = 'KEEP',
}
registerEnumType(DuplicateAction, {
  name: 'DuplicateAction',
  description: 'MERGE closes a duplicate into the earlier appeal; KEEP clears the flag',
});

@ArgsType()
export class AppealStepArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'A note for the timeline' })
  @IsOptional()
  @MaxLength(NOTE_MAX_LENGTH, { message: `note ${NOTE_MESSAGE}` })
  note?: string | null;
}

@ArgsType()
export class TransferAppealArgs extends AppealStepArgs {
  @Field(() => [String], {
    description: 'Department codes: the first leads, the others assist (JOINT needs at least two)',
  })
  @ArrayMaxSize(20, { message: 'departmentCodes: at most 20 departments' })
  departmentCodes!: string[];
}

@ArgsType()
export class ResolveAppealArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What was done, as the enterprise is told (结案反馈)' })
  @MaxLength(NOTE_MAX_LENGTH, { message: `feedback ${NOTE_MESSAGE}` })
  feedback!: string;
}

@ArgsType()
export class EvaluateAppealArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    description:
      '1 (very unsatisfied) to 5 (very satisfied); 1–2 reopen the case for rectification',
  })
  rating!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(NOTE_MAX_LENGTH, { message: `comment ${NOTE_MESSAGE}` })
  comment?: string | null;
}

@ArgsType()
export class ReopenAppealArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why it must be rectified' })
  @IsOptional()
  @MaxLength(NOTE_MAX_LENGTH, { message: `reason ${NOTE_MESSAGE}` })
  reason?: string | null;
}

@ArgsType()
export class ProgressNoteArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @MaxLength(NOTE_MAX_LENGTH, { message: `note ${NOTE_MESSAGE}` })
  note!: string;
}

@ArgsType()
export class AssignLeaderArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The leader (token subject) who takes the case onto their ledger (建账领办); a LEADER leaves it out to claim the case itself',
  })
  @IsOptional()
  @MaxLength(200, { message: 'leaderId must be at most 200 characters' })
  leaderId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The name shown for that leader (a LEADER claiming is shown by its own name)',
  })
  @IsOptional()
  @MaxLength(100, { message: 'leaderName must be at most 100 characters' })
  @IsVisibleName()
  leaderName?: string | null;
}

@ArgsType()
export class ChangeHandlingModeArgs {
  @Field(() => ID)
  appealId!: string;

  @Field(() => HandlingMode)
  mode!: HandlingMode;

  @Field(() => String, { description: 'Why the mode changes; goes on the timeline' })
  @MaxLength(NOTE_MAX_LENGTH, { message: `reason ${NOTE_MESSAGE}` })
  reason!: string;
}

@ArgsType()
export class ResolveDuplicateArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => DuplicateAction)
  action!: DuplicateAction;
}
