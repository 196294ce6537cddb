import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { MAX_AMOUNT_YUAN } from '../erqi-policy/policy.input';
import { SubsidyStatus } from './subsidy-application.entity';

@InputType({ description: 'An application for a subsidy under a published policy' })
export class ApplyForSubsidyInput {
  @Field(() => ID)
  @IsUUID('loose', { message: 'policyId must be a policy id (a UUID)' })
  policyId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'ENTERPRISE: leave out (its own); ADMIN: required',
  })
  @IsOptional()
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId?: string | null;

  @Field(() => Int, { description: "In yuan: 0 or more, at most the policy's cap" })
  @IsInt()
  @Min(0, { message: 'requestedAmount must be 0 or more' })
  @Max(MAX_AMOUNT_YUAN, { message: `requestedAmount must be at most ${MAX_AMOUNT_YUAN} yuan` })
  requestedAmount!: number;
}

@ArgsType()
export class AdvanceSubsidyApplicationArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => SubsidyStatus, { description: 'REVIEWED, APPROVED, PAID or REJECTED' })
  status!: SubsidyStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      "APPROVED: the amount approved, in yuan, 0 to the policy's cap (default: what was asked)",
  })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'amount must be 0 or more' })
  @Max(MAX_AMOUNT_YUAN, { message: `amount must be at most ${MAX_AMOUNT_YUAN} yuan` })
  amount?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required to reject; at most 500 characters',
  })
  @IsOptional()
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  note?: string | null;
}

@ArgsType()
export class SubsidyApplicationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('loose', { message: 'policyId must be a policy id (a UUID)' })
  policyId?: string | null;

  @Field(() => SubsidyStatus, { nullable: true })
  @IsOptional()
  status?: SubsidyStatus | null;
}
