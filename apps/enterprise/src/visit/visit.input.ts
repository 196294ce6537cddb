import { PageArgs } from '@erqi/shared/data-access-pagination';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { IsVisibleName } from '@erqi/shared/util-text';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { HasTrimmedLength } from '../enterprise/enterprise.input';

export const MAX_NEEDS_PER_VISIT = 20;
/** The appeal's handling modes (领导领办); a need raised without one is followed until done. */
export const HANDLING_MODES = ['URGENT', 'LEDGER', 'JOINT', 'TRACKED'] as const;
/** An appeal category code as the appeal service names them, e.g. POLICY_SUBSIDY. */
const CATEGORY_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

@InputType({ description: 'One need the enterprise told its visitor' })
export class VisitNeedInput {
  @Field(() => String, { description: '1 to 1000 characters' })
  @HasTrimmedLength(1, 1000, {
    message: 'text must say what the enterprise needs (1 to 1000 characters)',
  })
  text!: string;
}

@InputType({ description: 'A 万人助万企 visit and the needs heard' })
export class LogEnterpriseVisitInput {
  @Field(() => ID)
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId!: string;

  @Field(() => Date, { nullable: true, description: 'When it took place; now when left out' })
  @IsOptional()
  visitedAt?: Date | null;

  @Field(() => String, { description: 'What was talked about; 1 to 2000 characters' })
  @HasTrimmedLength(1, 2000)
  summary!: string;

  @Field(() => [VisitNeedInput], {
    description: `The needs heard, at most ${MAX_NEEDS_PER_VISIT}`,
  })
  @ArrayMaxSize(MAX_NEEDS_PER_VISIT, {
    message: `needs may list at most ${MAX_NEEDS_PER_VISIT} needs`,
  })
  @ValidateNested({ each: true })
  needs: VisitNeedInput[] = [];
}

@InputType({ description: 'How a need is to be filed as an appeal' })
export class RaiseVisitNeedInput {
  @Field(() => String, {
    nullable: true,
    description: "The appeal's title; the need's first 60 characters when left out",
  })
  @IsOptional()
  @HasTrimmedLength(1, 200)
  @IsVisibleName()
  title?: string | null;

  @Field(() => String, {
    description: 'The appeal category code (query appealCategories), e.g. POLICY_SUBSIDY',
  })
  @Matches(CATEGORY_CODE, {
    message: 'category must be an appeal category code such as POLICY_SUBSIDY',
  })
  category: string = 'OTHER';

  @Field(() => String, {
    description: 'URGENT 即知即办, LEDGER 建账领办, JOINT 合力共办 or TRACKED 跟踪盯办',
  })
  @IsIn(HANDLING_MODES, { message: 'handlingMode must be URGENT, LEDGER, JOINT or TRACKED' })
  handlingMode: (typeof HANDLING_MODES)[number] = 'TRACKED';
}

@ArgsType()
export class EnterpriseVisitsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the visits to this enterprise' })
  @IsOptional()
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId?: string | null;
}
