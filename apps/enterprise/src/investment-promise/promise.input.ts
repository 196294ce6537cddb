import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { IsVisibleName } from '@erqi/shared/util-text';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { HasTrimmedLength } from '../enterprise/enterprise.input';
import { TalentCategory } from '../talent/talent-category';
import { PromiseState } from './policy-promise.entity';

/** A calendar day, YYYY-MM-DD. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A department code as the grid service writes them, e.g. HUMAN_RESOURCES. */
const DEPARTMENT_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

@InputType({ description: 'An attracted investment project' })
export class RegisterAttractedProjectInput {
  @Field(() => String)
  @HasTrimmedLength(1, 200)
  @IsVisibleName()
  name!: string;

  @Field(() => String)
  @HasTrimmedLength(1, 200)
  @IsVisibleName()
  investor!: string;

  @Field(() => Float, { description: 'Planned investment in 万元, not below zero' })
  @Min(0, { message: 'investmentTenThousandYuan must not be below zero' })
  investmentTenThousandYuan!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(DAY, { message: 'signedOn must be a day such as 2024-03-07' })
  signedOn!: string;
}

@InputType({ description: 'An attracted talent' })
export class RegisterAttractedTalentInput {
  @Field(() => String)
  @HasTrimmedLength(1, 100)
  @IsVisibleName()
  name!: string;

  @Field(() => TalentCategory)
  category!: TalentCategory;

  @Field(() => String)
  @HasTrimmedLength(1, 200)
  employer!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(DAY, { message: 'arrivedOn must be a day such as 2024-03-07' })
  arrivedOn!: string;
}

@InputType({ description: 'A policy promise to a project or a talent (exactly one of the two)' })
export class MakePolicyPromiseInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('loose', { message: 'projectId must be a project id (a UUID)' })
  projectId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('loose', { message: 'talentId must be a talent id (a UUID)' })
  talentId?: string | null;

  @Field(() => String, { description: 'What is promised; 1 to 1000 characters' })
  @HasTrimmedLength(1, 1000, { message: 'text must say what is promised (1 to 1000 characters)' })
  text!: string;

  @Field(() => String, { description: 'The department that must fulfil it, e.g. HUMAN_RESOURCES' })
  @Matches(DEPARTMENT_CODE, {
    message: 'ownerDepartmentCode must be a department code such as HUMAN_RESOURCES',
  })
  ownerDepartmentCode!: string;

  @Field(() => String, { description: 'The last day to fulfil it, YYYY-MM-DD; today or later' })
  @Matches(DAY, { message: 'dueOn must be a day such as 2024-06-30' })
  dueOn!: string;
}

@ArgsType()
export class FulfilPolicyPromiseArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'How it was fulfilled; 1 to 1000 characters' })
  @HasTrimmedLength(1, 1000)
  @MaxLength(1000)
  note!: string;
}

@ArgsType()
export class PolicyPromisesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this department’s promises' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, { message: 'ownerDepartmentCode must be a department code' })
  ownerDepartmentCode?: string | null;

  @Field(() => PromiseState, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PromiseState))
  state?: PromiseState | null;
}
