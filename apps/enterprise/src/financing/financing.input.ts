import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsVisibleName } from '@erqi/shared/util-text';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { HasTrimmedLength } from '../enterprise/enterprise.input';
import { DATE } from '../enterprise-profile/enterprise-profile.input';
import { EligibilityInput, MAX_AMOUNT_YUAN } from '../erqi-policy/policy.input';
import { BankAnswer } from './financing.entities';

/** Thirty years: no loan product here runs longer. */
export const MAX_TERM_MONTHS = 360;

@InputType({ description: 'A bank loan product for the 政银企 platform' })
export class CreateBankProductInput {
  @Field(() => String)
  @HasTrimmedLength(1, 100)
  @IsVisibleName()
  bankName!: string;

  @Field(() => String)
  @HasTrimmedLength(1, 100)
  @IsVisibleName()
  productName!: string;

  @Field(() => Int, { description: 'In yuan, 0 or more' })
  @IsInt()
  @Min(0, { message: 'minAmount must be 0 or more' })
  @Max(MAX_AMOUNT_YUAN, { message: `minAmount must be at most ${MAX_AMOUNT_YUAN} yuan` })
  minAmount!: number;

  @Field(() => Int, { description: 'In yuan, not below minAmount' })
  @IsInt()
  @Min(0, { message: 'maxAmount must be 0 or more' })
  @Max(MAX_AMOUNT_YUAN, { message: `maxAmount must be at most ${MAX_AMOUNT_YUAN} yuan` })
  maxAmount!: number;

  @Field(() => Float, { description: 'Annual rate in percent, 0 to 36' })
  @IsNumber(
    { maxDecimalPlaces: 2 },
    { message: 'annualRatePercent must have at most two decimals' },
  )
  @Min(0, { message: 'annualRatePercent must be 0 or more' })
  // 36 %: the ceiling above which Chinese courts do not protect interest (最高法 2015 民间借贷司法解释).
  @Max(36, { message: 'annualRatePercent must be at most 36' })
  annualRatePercent!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'maxTermMonths must be at least 1' })
  @Max(MAX_TERM_MONTHS, { message: `maxTermMonths must be at most ${MAX_TERM_MONTHS}` })
  maxTermMonths!: number;

  @Field(() => EligibilityInput)
  @ValidateNested()
  criteria!: EligibilityInput;
}

@InputType({ description: "An enterprise's financing need" })
export class PostFinancingNeedInput {
  @Field(() => ID, {
    nullable: true,
    description: 'ENTERPRISE: leave out (its own); ADMIN: required',
  })
  @IsOptional()
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId?: string | null;

  @Field(() => Int, { description: 'In yuan, more than 0' })
  @IsInt()
  @Min(1, { message: 'amount must be more than 0' })
  @Max(MAX_AMOUNT_YUAN, { message: `amount must be at most ${MAX_AMOUNT_YUAN} yuan` })
  amount!: number;

  @Field(() => Int, { description: 'In months' })
  @IsInt()
  @Min(1, { message: 'termMonths must be at least 1' })
  @Max(MAX_TERM_MONTHS, { message: `termMonths must be at most ${MAX_TERM_MONTHS}` })
  termMonths!: number;

  @Field(() => String, { description: '1 to 500 characters' })
  @HasTrimmedLength(1, 500)
  purpose!: string;

  @Field(() => String, { nullable: true, description: 'Needed by, YYYY-MM-DD; not in the past' })
  @IsOptional()
  @Matches(DATE, { message: 'neededBy must be a date, YYYY-MM-DD' })
  neededBy?: string | null;
}

@ArgsType()
export class FinancingNeedsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId?: string | null;
}

@ArgsType()
export class RecordBankAnswerArgs {
  @Field(() => ID, { description: 'The match (对接记录)' })
  matchId!: string;

  @Field(() => BankAnswer, { description: 'ACCEPTED or DECLINED' })
  @IsIn([BankAnswer.ACCEPTED, BankAnswer.DECLINED], {
    message: 'answer must be ACCEPTED or DECLINED',
  })
  answer!: BankAnswer;

  @Field(() => String, { description: "The bank's note; 1 to 500 characters" })
  @HasTrimmedLength(1, 500)
  note!: string;
}
