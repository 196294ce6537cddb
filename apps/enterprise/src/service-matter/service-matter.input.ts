import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsVisibleName } from '@erqi/shared/util-text';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { HasTrimmedLength } from '../enterprise/enterprise.input';
import { DEPARTMENT_CODE } from '../project/project.input';
import { ServiceChannel, ServiceMode } from './service-matter.enums';

/** 事项编码 as we write them: upper-case letters, digits and dashes, e.g. SCJG-0001. */
export const MATTER_CODE = /^[A-Z0-9][A-Z0-9-]{2,39}$/;
const MATERIAL_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
/** The longest time limit a matter may have: a year of working days. */
export const MAX_TIME_LIMIT_DAYS = 250;

@InputType({ description: 'A material a matter requires' })
export class ServiceMaterialInput {
  @Field(() => String, { description: 'Upper-case, unique within the matter, e.g. PREMISES' })
  @Matches(MATERIAL_CODE, {
    message: 'code must be upper-case letters, digits and _ such as PREMISES',
  })
  code!: string;

  @Field(() => String, { description: '1 to 100 characters' })
  @HasTrimmedLength(1, 100)
  @IsVisibleName()
  name!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: '容缺: may be supplied after acceptance',
  })
  deferrable: boolean = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: '告知承诺: may be replaced by a signed commitment',
  })
  replaceableByCommitment: boolean = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: '免证: looked up from shared data under 免证办',
  })
  certificateFree: boolean = false;
}

@InputType({
  description: 'A matter of the list, whole: what createServiceMatter and updateServiceMatter take',
})
export class ServiceMatterInput {
  @Field(() => String, { description: '事项编码, e.g. SCJG-0001' })
  @Matches(MATTER_CODE, {
    message: 'code must be 3 to 40 upper-case letters, digits and dashes such as SCJG-0001',
  })
  code!: string;

  @Field(() => String, { description: '1 to 200 characters' })
  @HasTrimmedLength(1, 200)
  @IsVisibleName()
  name!: string;

  @Field(() => String, { description: 'The owning department, by code' })
  @Matches(DEPARTMENT_CODE, {
    message: 'departmentCode must be a department code such as MARKET_REGULATION',
  })
  departmentCode!: string;

  @Field(() => Int, { description: `法定办结时限 in working days, 1 to ${MAX_TIME_LIMIT_DAYS}` })
  @Min(1, { message: 'legalDays must be at least 1 working day' })
  @Max(MAX_TIME_LIMIT_DAYS, {
    message: `legalDays must be at most ${MAX_TIME_LIMIT_DAYS} working days`,
  })
  legalDays!: number;

  @Field(() => Int, { description: '承诺办结时限 in working days: at least 1, at most legalDays' })
  @Min(1, { message: 'promisedDays must be at least 1 working day' })
  @Max(MAX_TIME_LIMIT_DAYS, {
    message: `promisedDays must be at most ${MAX_TIME_LIMIT_DAYS} working days`,
  })
  promisedDays!: number;

  @Field(() => [ServiceMaterialInput], { description: '1 to 30 materials, codes not repeated' })
  @ArrayMinSize(1, { message: 'materials must list at least one material' })
  @ArrayMaxSize(30, { message: 'materials may list at most 30 materials' })
  @ValidateNested({ each: true })
  materials!: ServiceMaterialInput[];

  @Field(() => [ServiceMode], { description: 'The 易企办 modes it supports; none is allowed' })
  @ArrayUnique({ message: 'modes must not repeat a mode' })
  modes!: ServiceMode[];

  @Field(() => [ServiceChannel], { description: 'Where it can be applied for; at least one' })
  @ArrayMinSize(1, { message: 'channels must name at least one channel' })
  @ArrayUnique({ message: 'channels must not repeat a channel' })
  channels!: ServiceChannel[];

  @Field(() => Boolean, { defaultValue: false, description: '高频事项' })
  highFrequency: boolean = false;

  @Field(() => Boolean, { defaultValue: true, description: 'false withdraws it from the list' })
  listed: boolean = true;

  @Field(() => String, { nullable: true, description: 'Why it changes; at most 500 characters' })
  @IsOptional()
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason?: string | null;
}

@InputType({ description: 'Which matters of the list' })
export class ServiceMatterFilter {
  @Field(() => String, { nullable: true, description: 'Of this department only' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, {
    message: 'departmentCode must be a department code such as MARKET_REGULATION',
  })
  departmentCode?: string | null;

  @Field(() => ServiceMode, { nullable: true, description: 'Supporting this mode' })
  @IsOptional()
  mode?: ServiceMode | null;

  @Field(() => String, { nullable: true, description: 'Name or code containing this text' })
  @IsOptional()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Withdrawn matters too (ADMIN and their departments)',
  })
  @IsOptional()
  includeWithdrawn?: boolean | null;
}

@ArgsType()
export class ServiceMattersArgs extends PageArgs {
  @Field(() => ServiceMatterFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ServiceMatterFilter | null;
}
