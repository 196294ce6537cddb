import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsVisibleName } from '@erqi/shared/util-text';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { HasTrimmedLength, MOBILE_PHONE } from '../enterprise/enterprise.input';
import { ProjectLedgerStatus } from './project-ledger-item.entity';

/** A department code as the grid service writes them, e.g. HOUSING_CONSTRUCTION. */
export const DEPARTMENT_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
export const MAX_DEPARTMENTS_PER_PROJECT = 20;
export const DEFAULT_PROJECTS_PER_ENTERPRISE = 20;
export const MAX_PROJECTS_PER_ENTERPRISE = 100;

@InputType({ description: 'A project to look after the 1+1+N way' })
export class CreateProjectInput {
  @Field(() => String, { description: '1 to 200 characters' })
  @HasTrimmedLength(1, 200)
  @IsVisibleName()
  name!: string;

  @Field(() => ID)
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId!: string;

  @Field(() => ID, { description: "The butler's user: the subject of their token" })
  @HasTrimmedLength(1, 200)
  butlerSubjectId!: string;

  @Field(() => String, { description: "The butler's name; 1 to 100 characters" })
  @HasTrimmedLength(1, 100)
  @IsVisibleName()
  butlerName!: string;

  @Field(() => String, { description: 'The contact at the project; 1 to 100 characters' })
  @HasTrimmedLength(1, 100)
  @IsVisibleName()
  contactName!: string;

  @Field(() => String, { description: 'Mainland mobile number: 11 digits starting with 1' })
  @Matches(MOBILE_PHONE, {
    message: 'contactPhone must be a mainland mobile number: 11 digits starting with 1',
  })
  contactPhone!: string;

  @Field(() => [String], {
    description: `The departments that serve the project, by code; 1 to ${MAX_DEPARTMENTS_PER_PROJECT}, no repeats`,
  })
  @ArrayMinSize(1, { message: 'departmentCodes must name at least one department' })
  @ArrayMaxSize(MAX_DEPARTMENTS_PER_PROJECT, {
    message: `departmentCodes may name at most ${MAX_DEPARTMENTS_PER_PROJECT} departments`,
  })
  @ArrayUnique({ message: 'departmentCodes must not repeat a department' })
  @Matches(DEPARTMENT_CODE, {
    each: true,
    message: 'departmentCodes must be department codes such as HOUSING_CONSTRUCTION',
  })
  departmentCodes!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: '重点项目: the district follows it as key; false when left out',
  })
  @IsOptional()
  keyProject?: boolean | null;
}

@InputType({ description: "An issue to put on a project's ledger" })
export class AddProjectLedgerItemInput {
  @Field(() => String, { description: '1 to 200 characters' })
  @HasTrimmedLength(1, 200)
  @IsVisibleName()
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: "The project department that is to handle it; one of the project's departments",
  })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, {
    message: 'departmentCode must be a department code such as HOUSING_CONSTRUCTION',
  })
  departmentCode?: string | null;
}

@ArgsType()
export class UpdateProjectLedgerItemArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ProjectLedgerStatus)
  status!: ProjectLedgerStatus;

  @Field(() => String, {
    nullable: true,
    description: 'What was done or why; at most 1000 characters',
  })
  @IsOptional()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string | null;
}

@ArgsType()
export class EnterpriseProjectsArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PROJECTS_PER_ENTERPRISE,
    description: `How many, 1 to ${MAX_PROJECTS_PER_ENTERPRISE}`,
  })
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_PROJECTS_PER_ENTERPRISE, {
    message: `first must be at most ${MAX_PROJECTS_PER_ENTERPRISE}`,
  })
  first: number = DEFAULT_PROJECTS_PER_ENTERPRISE;
}
