import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 顾问团 advice: a note an adviser addresses to a department, which owes a written response by a date. */
@ObjectType({
  description:
    'An advice note of the advisory panel (顾问团) to a department, answered in writing by respondBy',
})
@Entity({ name: 'advice_note' })
export class AdviceNote {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** The adviser's sign-in: an adviser reads its own notes. */
  @Column('text', { name: 'author_subject' })
  authorSubject!: string;

  @Field(() => String, { description: 'Who wrote it' })
  @Column('text')
  author!: string;

  @Field(() => String, { description: 'The department addressed, e.g. MARKET_REGULATION' })
  @Column('text', { name: 'department_code' })
  departmentCode!: string;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => String)
  @Column('text')
  content!: string;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'written_at' })
  writtenAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the department’s written response is due' })
  @Column('timestamptz', { name: 'respond_by' })
  respondBy!: Date;

  @Field(() => String, { nullable: true, description: 'The department’s written response' })
  @Column('text', { nullable: true })
  response!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'responded_by', nullable: true })
  respondedBy!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column('timestamptz', { name: 'responded_at', nullable: true })
  respondedAt!: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it was escalated to the supervisors for want of a response (once)',
  })
  @Column('timestamptz', { name: 'escalated_at', nullable: true })
  escalatedAt!: Date | null;
}
