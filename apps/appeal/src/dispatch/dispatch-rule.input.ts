import { PageArgs } from '@erqi/shared/data-access-pagination';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

/** Department codes, as the grid service gives them and topic names need them. */
const DEPARTMENT_CODE = /^[A-Z0-9_]+$/;
const CODE_MESSAGE = 'must be department codes such as URBAN_MANAGEMENT (A-Z, 0-9 and _)';
/** More than this many departments on one case is a meeting, not a dispatch. */
export const MAX_ASSISTING_DEPARTMENTS = 10;
export const PRIORITY_LIMIT = 1000;

@InputType({
  description: 'A new dispatch rule: who leads and who assists on appeals of a category',
})
export class CreateDispatchRuleInput {
  @Field(() => String, { description: 'A category code, one of `appealCategories { code }`' })
  category!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only appeals in this grid cell; leave out for a rule that applies everywhere',
  })
  @IsOptional()
  @IsUUID('all', { message: 'gridCellId is not a grid cell id' })
  gridCellId?: string | null;

  @Field(() => String, {
    description: 'The lead department (牵头部门), by code, e.g. URBAN_MANAGEMENT',
  })
  @Matches(DEPARTMENT_CODE, { message: `leadDepartmentCode ${CODE_MESSAGE}` })
  leadDepartmentCode!: string;

  @Field(() => [String], {
    defaultValue: [],
    description: `Assisting departments (协办部门), by code, at most ${MAX_ASSISTING_DEPARTMENTS}`,
  })
  @ArrayMaxSize(MAX_ASSISTING_DEPARTMENTS, {
    message: `assistingDepartmentCodes may name at most ${MAX_ASSISTING_DEPARTMENTS} departments`,
  })
  @ArrayUnique({ message: 'assistingDepartmentCodes names a department twice' })
  @Matches(DEPARTMENT_CODE, { each: true, message: `assistingDepartmentCodes ${CODE_MESSAGE}` })
  assistingDepartmentCodes!: string[];

  @Field(() => Int, {
    defaultValue: 0,
    description: `Breaks ties between rules of the same category and scope, -${PRIORITY_LIMIT} to ${PRIORITY_LIMIT}: the higher wins`,
  })
  @Min(-PRIORITY_LIMIT)
  @Max(PRIORITY_LIMIT)
  priority!: number;
}

@InputType({ description: 'Changes to a dispatch rule; what is left out stays as it is' })
export class UpdateDispatchRuleInput {
  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only appeals in this grid cell; null makes the rule apply everywhere',
  })
  @IsOptional()
  @IsUUID('all', { message: 'gridCellId is not a grid cell id' })
  gridCellId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, { message: `leadDepartmentCode ${CODE_MESSAGE}` })
  leadDepartmentCode?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the assisting departments; [] for none',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_ASSISTING_DEPARTMENTS, {
    message: `assistingDepartmentCodes may name at most ${MAX_ASSISTING_DEPARTMENTS} departments`,
  })
  @ArrayUnique({ message: 'assistingDepartmentCodes names a department twice' })
  @Matches(DEPARTMENT_CODE, { each: true, message: `assistingDepartmentCodes ${CODE_MESSAGE}` })
  assistingDepartmentCodes?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(-PRIORITY_LIMIT)
  @Max(PRIORITY_LIMIT)
  priority?: number | null;
}

@ArgsType()
export class DispatchRulesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only the rules of this category' })
  category?: string | null;
}

@ArgsType()
export class UpdateDispatchRuleArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => UpdateDispatchRuleInput)
  input!: UpdateDispatchRuleInput;
}
