import { PageArgs } from '@erqi/shared/data-access-pagination';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { HasTrimmedLength } from '../enterprise/enterprise.input';
import { DEPARTMENT_CODE } from '../project/project.input';
import { ServiceChannel } from '../service-matter/service-matter.enums';
import { MATTER_CODE } from '../service-matter/service-matter.input';
import { ServiceApplicationStatus } from './service-application.entity';

const MATERIAL_LIST = { message: 'material codes must not repeat' };

@InputType({ description: '告知承诺: the commitment signed in place of some materials' })
export class ServiceCommitmentInput {
  @Field(() => [String], { description: 'The materials the commitment replaces' })
  @ArrayUnique(MATERIAL_LIST)
  @ArrayMaxSize(30, { message: 'materials may list at most 30 materials' })
  materials!: string[];

  @Field(() => String, { description: 'What the enterprise commits to; 10 to 2000 characters' })
  @HasTrimmedLength(10, 2000)
  text!: string;

  @Field(() => String, { description: 'Who signs for the enterprise; 1 to 100 characters' })
  @HasTrimmedLength(1, 100)
  signerName!: string;
}

@InputType({ description: 'An application for a matter of the list (办件)' })
export class ApplyForServiceMatterInput {
  @Field(() => String, {
    description: 'The matter, by its code in the list (no approval outside it: 十不准)',
  })
  @Matches(MATTER_CODE, {
    message: 'matterCode must be a matter code of the list such as SCJG-0001',
  })
  matterCode!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Your own enterprise (the token's); may be left out",
  })
  @IsOptional()
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId?: string | null;

  @Field(() => ServiceChannel)
  channel!: ServiceChannel;

  @Field(() => [String], { description: 'The materials handed in, by code' })
  @ArrayUnique(MATERIAL_LIST)
  @ArrayMaxSize(30, { message: 'submittedMaterials may list at most 30 materials' })
  submittedMaterials!: string[];

  @Field(() => [String], {
    nullable: true,
    description: '容缺: deferrable materials missing now, to be supplied by supplyBy',
  })
  @IsOptional()
  @ArrayUnique(MATERIAL_LIST)
  @ArrayMaxSize(30, { message: 'deferredMaterials may list at most 30 materials' })
  deferredMaterials?: string[] | null;

  @Field(() => Date, {
    nullable: true,
    description:
      '容缺: when the missing materials will be supplied; in the future, before the matter is due',
  })
  @IsOptional()
  supplyBy?: Date | null;

  @Field(() => ServiceCommitmentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  commitment?: ServiceCommitmentInput | null;
}

@InputType({ description: 'Which applications' })
export class ServiceApplicationFilter {
  @Field(() => ServiceApplicationStatus, { nullable: true })
  @IsOptional()
  status?: ServiceApplicationStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, {
    message: 'departmentCode must be a department code such as MARKET_REGULATION',
  })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MATTER_CODE, { message: 'matterCode must be a matter code such as SCJG-0001' })
  matterCode?: string | null;
}

@ArgsType()
export class ServiceApplicationsArgs extends PageArgs {
  @Field(() => ServiceApplicationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ServiceApplicationFilter | null;
}

@ArgsType()
export class DecideServiceApplicationArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: 'true 准予, false 不予' })
  approve!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Required to refuse; at most 1000 characters',
  })
  @IsOptional()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string | null;
}

@ArgsType()
export class VerifyServiceCommitmentArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, {
    description: 'true: the commitment was true (属实); false: untrue (不实)',
  })
  honoured!: boolean;

  @Field(() => String, { description: 'What the check found; 1 to 1000 characters' })
  @HasTrimmedLength(1, 1000)
  note!: string;
}

@ArgsType()
export class ApprovalFiguresArgs {
  @Field(() => String, {
    nullable: true,
    description: "One department only (a department's staff: its own)",
  })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, {
    message: 'departmentCode must be a department code such as MARKET_REGULATION',
  })
  departmentCode?: string | null;
}
