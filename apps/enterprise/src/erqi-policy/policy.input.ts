import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsVisibleName } from '@erqi/shared/util-text';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { HasTrimmedLength } from '../enterprise/enterprise.input';
import { SizeClass } from '../enterprise-profile/enterprise-profile.entity';
import { DATE } from '../enterprise-profile/enterprise-profile.input';
import { INDUSTRY_CODE } from '../enterprise-profile/industry';
import { DEPARTMENT_CODE } from '../project/project.input';
import { PolicyStatus } from './policy.entity';

/** The largest amount we take, in yuan (10 亿): a typo of extra zeros is caught, no real subsidy is near it. */
export const MAX_AMOUNT_YUAN = 1_000_000_000;

@InputType({ description: '申报条件: leave a list empty (or a date null) for no condition' })
export class EligibilityInput {
  @Field(() => [String])
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'industrySections must not repeat a section' })
  @Matches(/^[A-T]$/, { each: true, message: 'industrySections must be letters A to T' })
  industrySections: string[] = [];

  @Field(() => [String])
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'industryCodes must not repeat a code' })
  @Matches(INDUSTRY_CODE, {
    each: true,
    message: 'industryCodes must be GB/T 4754-2017 divisions, groups or classes (2 to 4 digits)',
  })
  industryCodes: string[] = [];

  @Field(() => [SizeClass])
  @ArrayUnique({ message: 'sizeClasses must not repeat a size' })
  @IsIn(Object.values(SizeClass), { each: true })
  sizeClasses: SizeClass[] = [];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'foundedOnOrBefore must be a date, YYYY-MM-DD' })
  foundedOnOrBefore?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'foundedOnOrAfter must be a date, YYYY-MM-DD' })
  foundedOnOrAfter?: string | null;

  @Field(() => Boolean)
  @IsBoolean()
  requiresHighTech = false;

  @Field(() => Boolean)
  @IsBoolean()
  requiresSpecialisedNew = false;

  @Field(() => [ID], { description: 'Grid cell ids; empty for the whole district' })
  @ArrayMaxSize(200)
  @ArrayUnique({ message: 'gridCellIds must not repeat a cell' })
  @IsUUID('loose', { each: true, message: 'gridCellIds must be grid cell ids (UUIDs)' })
  gridCellIds: string[] = [];
}

@InputType({ description: 'A new policy, saved as a draft of its department' })
export class CreatePolicyInput {
  @Field(() => String, { description: '1 to 200 characters' })
  @HasTrimmedLength(1, 200)
  @IsVisibleName()
  title!: string;

  @Field(() => String, { description: '1 to 2000 characters' })
  @HasTrimmedLength(1, 2000)
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The owning department; DEPARTMENT_STAFF may leave it out (their own), ADMIN names it',
  })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, {
    message: 'departmentCode must be a department code such as HUMAN_RESOURCES',
  })
  departmentCode?: string | null;

  @Field(() => Int, { description: 'The most one enterprise may receive, in yuan; 0 or more' })
  @IsInt()
  @Min(0, { message: 'amountCap must be 0 or more' })
  @Max(MAX_AMOUNT_YUAN, { message: `amountCap must be at most ${MAX_AMOUNT_YUAN} yuan` })
  amountCap!: number;

  @Field(() => String, { description: 'First day applications are taken, YYYY-MM-DD' })
  @Matches(DATE, { message: 'opensOn must be a date, YYYY-MM-DD' })
  opensOn!: string;

  @Field(() => String, {
    description: 'Last day applications are taken, YYYY-MM-DD; not before opensOn, not in the past',
  })
  @Matches(DATE, { message: 'closesOn must be a date, YYYY-MM-DD' })
  closesOn!: string;

  @Field(() => EligibilityInput)
  @ValidateNested()
  eligibility!: EligibilityInput;
}

@ArgsType()
export class PoliciesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this department’s' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, { message: 'departmentCode must be a department code' })
  departmentCode?: string | null;

  @Field(() => PolicyStatus, { nullable: true })
  @IsOptional()
  status?: PolicyStatus | null;
}
