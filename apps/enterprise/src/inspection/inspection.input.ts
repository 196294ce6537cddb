import { IsDate, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { HasTrimmedLength } from '../enterprise/enterprise.input';

export const MAX_PURPOSE_LENGTH = 500;
export const MAX_FINDINGS_LENGTH = 2000;

@ArgsType()
export class CheckInInspectionArgs {
  // Checked by the service, so that the error can say what is wrong with the code.
  @Field(() => String, {
    description: "The enterprise's code (政企码) as scanned from its QR image",
  })
  code!: string;

  @Field(() => String, {
    description: `What the visit is for; 1 to ${MAX_PURPOSE_LENGTH} characters`,
  })
  @HasTrimmedLength(1, MAX_PURPOSE_LENGTH)
  purpose!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The law the visit rests on, a cause, so the visit is not routine: the code or the citation of an entry of the catalogue of legal bases, e.g. AQSC-65 or 《安全生产法》第六十五条',
  })
  @IsOptional()
  @HasTrimmedLength(1, MAX_PURPOSE_LENGTH)
  legalBasis?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The appeal (complaint) that caused the visit, a cause, so the visit is not routine: an open appeal of this enterprise',
  })
  @IsOptional()
  @IsUUID('loose', { message: 'causeAppealId must be an appeal id (a UUID)' })
  causeAppealId?: string | null;
}

@ArgsType()
export class CheckOutInspectionArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: `What the officials found; at most ${MAX_FINDINGS_LENGTH} characters`,
  })
  @IsOptional()
  @MaxLength(MAX_FINDINGS_LENGTH, {
    message: `findings must be at most ${MAX_FINDINGS_LENGTH} characters`,
  })
  findings?: string | null;
}

@ArgsType()
export class InspectionCountsArgs {
  @Field(() => Date, { description: 'From this instant (included)' })
  @IsDate()
  from!: Date;

  @Field(() => Date, { description: 'Up to this instant (excluded)' })
  @IsDate()
  to!: Date;
}

@InputType({ description: 'A quiet period: no routine inspection inside it' })
export class AddInspectionQuietPeriodInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The enterprise it protects; leave out for every enterprise',
  })
  @IsOptional()
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId?: string | null;

  @Field(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field(() => Date, { description: 'The first instant after the period; later than startsAt' })
  @IsDate()
  endsAt!: Date;

  @Field(() => String, { description: 'Why, e.g. 春节 or 生产旺季; 1 to 200 characters' })
  @HasTrimmedLength(1, 200)
  reason!: string;
}
