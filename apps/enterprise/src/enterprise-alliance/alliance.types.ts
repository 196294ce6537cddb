import { IsUUID, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** What an alliance's members did together in one year, from each member's yearly figures. */
@ObjectType({ description: 'An alliance’s year: its members’ figures added up' })
export class AllianceYearTotals {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Members at some time in the year' })
  memberCount!: number;

  @Field(() => Int, { description: 'Of those, how many recorded figures for the year' })
  membersReporting!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Their revenue, whole yuan; null for a member enterprise (less its own, the sum would tell it the others’)',
  })
  revenueYuan!: number | null;

  @Field(() => Int, { description: '就业岗位: jobs they offered' })
  jobsOffered!: number;

  @Field(() => Int)
  jobsFilled!: number;
}

@ArgsType()
export class AllianceTotalsArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'The year; the latest year any member recorded figures for when left out',
  })
  @Min(1949, { message: 'year must be 1949 or later' })
  @Max(9999, { message: 'year must be a four-digit year' })
  year?: number | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class JoinAllianceArgs {
  @Field(() => ID)
  @IsUUID('loose', { message: 'allianceId must be an alliance id (a UUID)' })
  allianceId!: string;

  @Field(() => ID)
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, today or earlier' })
  @Matches(DATE, { message: 'joinedOn must be a date, YYYY-MM-DD' })
  joinedOn!: string;
}

@ArgsType()
export class LeaveAllianceArgs {
  @Field(() => ID)
  @IsUUID('loose', { message: 'allianceId must be an alliance id (a UUID)' })
  allianceId!: string;

  @Field(() => ID)
  @IsUUID('loose', { message: 'enterpriseId must be an enterprise id (a UUID)' })
  enterpriseId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, not before it joined, today or earlier' })
  @Matches(DATE, { message: 'leftOn must be a date, YYYY-MM-DD' })
  leftOn!: string;
}
