import { PageArgs } from '@erqi/shared/data-access-pagination';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Resident } from '../household/household.types';
import { AidCaseStatus, AidKind } from './aid-case.entity';

@ObjectType({ description: '帮扶申请: an aid application, reviewed and paid' })
export class AidCase {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => Resident)
  resident!: Resident;

  @Field(() => String)
  ruleCode!: string;

  @Field(() => AidKind)
  kind!: AidKind;

  @Field(() => [String])
  proofs!: string[];

  @Field(() => AidCaseStatus)
  status!: AidCaseStatus;

  @Field(() => Int, { description: 'Yuan, from the rule' })
  amountYuan!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLDateTime)
  appliedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  paidAt!: Date | null;
}

@InputType({ description: 'An aid application with its proofs (document references)' })
export class ApplyForAidInput {
  @Field(() => ID)
  residentId!: string;

  @Field(() => String, { description: 'The rule, e.g. DEGREE_BACHELOR; aidRules lists them' })
  ruleCode!: string;

  @Field(() => [String], {
    description: 'The proofs carried, each one of the rule’s requiredProofs',
  })
  @ArrayMaxSize(10)
  proofs!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  note?: string | null;
}

@ArgsType()
export class AidCasesArgs extends PageArgs {
  @Field(() => AidCaseStatus, { nullable: true })
  status?: AidCaseStatus | null;

  @Field(() => ID, { nullable: true })
  householdId?: string | null;
}

@ObjectType({ description: 'One payment to a household: an allowance month or a paid aid case' })
export class LedgerEntry {
  @Field(() => String, { description: 'ALLOWANCE or the aid kind' })
  kind!: string;

  @Field(() => String, { description: 'The month (YYYY-MM) or the aid rule' })
  reference!: string;

  @Field(() => ID)
  residentId!: string;

  @Field(() => Int)
  amountYuan!: number;

  @Field(() => GraphQLDateTime)
  paidAt!: Date;
}

@ObjectType({ description: "A household's ledger (台账): everything the community paid it" })
export class HouseholdLedger {
  @Field(() => ID)
  householdId!: string;

  @Field(() => Int)
  totalYuan!: number;

  @Field(() => [LedgerEntry], { description: 'Newest first, the latest 200' })
  entries!: LedgerEntry[];
}
