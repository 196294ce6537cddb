import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';

/** Figures before the People's Republic are out of this register's reach. */
export const FIRST_YEAR = 1949;
/** Whole yuan stay exact in a GraphQL Float (a double) up to 2^53. */
export const MAX_YUAN = Number.MAX_SAFE_INTEGER;
export const MAX_SOURCE_LENGTH = 500;

@InputType({ description: "An enterprise's figures for one year (企业年度经营数据)" })
export class RecordEnterpriseYearFiguresInput {
  @Field(() => ID)
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId!: string;

  @Field(() => Int, {
    description: `The year; ${FIRST_YEAR} to this year (no actuals for a year to come)`,
  })
  @Min(FIRST_YEAR, { message: `year must be ${FIRST_YEAR} or later` })
  @Max(9999, { message: 'year must be a four-digit year' })
  year!: number;

  @Field(() => Float, { description: '营业收入 in whole yuan, 0 or more' })
  @IsInt({ message: 'revenueYuan must be a whole number of yuan' })
  @Min(0, { message: 'revenueYuan must not be below zero' })
  @Max(MAX_YUAN, { message: 'revenueYuan is too large' })
  revenueYuan!: number;

  @Field(() => Float, { description: "Next year's planned revenue in whole yuan, 0 or more" })
  @IsInt({ message: 'plannedRevenueNextYearYuan must be a whole number of yuan' })
  @Min(0, { message: 'plannedRevenueNextYearYuan must not be below zero' })
  @Max(MAX_YUAN, { message: 'plannedRevenueNextYearYuan is too large' })
  plannedRevenueNextYearYuan!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Jobs offered in the year, 0 or more; left out when not known',
  })
  @IsOptional()
  @Min(0, { message: 'jobsOffered must not be below zero' })
  jobsOffered?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Jobs filled, 0 to jobsOffered (which it needs)',
  })
  @IsOptional()
  @Min(0, { message: 'jobsFilled must not be below zero' })
  jobsFilled?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `Where the figures come from; at most ${MAX_SOURCE_LENGTH} characters`,
  })
  @IsOptional()
  @MaxLength(MAX_SOURCE_LENGTH, {
    message: `source must be at most ${MAX_SOURCE_LENGTH} characters`,
  })
  source?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version the figures replace, as last read (0 when there were none): CONFLICT if someone recorded another since',
  })
  @IsOptional()
  @Min(0, { message: 'expectedVersion must not be below zero' })
  expectedVersion?: number | null;
}

@ArgsType()
export class YearFiguresListArgs extends PageArgs {
  @Field(() => Int, { description: 'The year whose figures to list' })
  @Min(FIRST_YEAR, { message: `year must be ${FIRST_YEAR} or later` })
  @Max(9999, { message: 'year must be a four-digit year' })
  year!: number;
}

/** How many years `enterpriseYearFiguresHistory` answers at most: a board shows a few, not a century. */
export const MAX_YEARS = 30;

@ArgsType()
export class YearFiguresHistoryArgs {
  @Field(() => ID)
  enterpriseId!: string;

  @Field(() => Int, { defaultValue: 5, description: `How many years, 1 to ${MAX_YEARS}` })
  @Min(1, { message: 'last must be at least 1' })
  @Max(MAX_YEARS, { message: `last must be at most ${MAX_YEARS}` })
  last: number = 5;
}
