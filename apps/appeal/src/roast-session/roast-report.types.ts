import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AppealStatus } from '../appeal/appeal.enums';

/** One complaint of a session and how far its appeal has come. */
@ObjectType({ description: 'A 吐槽大会 complaint and the progress of the appeal it became' })
export class RoastComplaintProgress {
  @Field(() => ID)
  complaintId!: string;

  @Field(() => ID, { description: 'The appeal it became (channel EXPERIENCE_OFFICER)' })
  appealId!: string;

  @Field(() => ID)
  officerId!: string;

  @Field(() => String)
  officerName!: string;

  @Field(() => String)
  title!: string;

  @Field(() => AppealStatus)
  status!: AppealStatus;

  @Field(() => GraphQLDateTime)
  recordedAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  closedAt!: Date | null;
}

/** 吐槽大会 report: every complaint's progress to closure. */
@ObjectType({ description: 'What became of a session’s complaints' })
export class RoastSessionReport {
  @Field(() => Int)
  complaintCount!: number;

  @Field(() => Int, { description: 'Of them, how many appeals are CLOSED' })
  closedCount!: number;

  @Field(() => [RoastComplaintProgress], { description: 'In the order they were raised' })
  complaints!: RoastComplaintProgress[];
}
