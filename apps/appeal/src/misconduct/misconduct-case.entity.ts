import { GraphQLDateTime } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { MisconductCaseStatus } from './misconduct.enums';

/**
 * 违法违纪案件 (问题讲评): an official who broke a rule of conduct. Confidential: only the discipline
 * officer and the supervisor who reported it know it exists.
 */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A misconduct case (违法违纪案件) run through the six steps of 问题讲评 to its review; seen only by DISCIPLINE_OFFICER and the reporting supervisor',
})
@Entity({ name: 'misconduct_case' })
export class MisconductCase {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'The official concerned, by name' })
  @Column('text', { name: 'official_name' })
  officialName!: string;

  @Field(() => String, { description: 'The official’s post, e.g. 窗口科员' })
  @Column('text', { name: 'official_post' })
  officialPost!: string;

  @Field(() => String, { description: 'The official’s department, e.g. URBAN_MANAGEMENT' })
  @Column('text', { name: 'department_code' })
  departmentCode!: string;

  @Field(() => String, { description: 'What happened' })
  @Column('text')
  summary!: string;

  @Field(() => MisconductCaseStatus)
  @Column('text')
  status!: MisconductCaseStatus;

  @Field(() => String, { description: 'Who reported or filed it' })
  @Column('text', { name: 'reported_by' })
  reportedBy!: string;

  /** The reporter's token subject: the one supervisor besides the discipline officer who sees the case. */
  @Column('text', { name: 'reporter_subject' })
  reporterSubject!: string;

  @Column('text', { name: 'reporter_role' })
  reporterRole!: string;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'reported_at' })
  reportedAt!: Date;

  @Field(() => String, { nullable: true, description: '讲评: the case review, once written' })
  @Column('text', { nullable: true })
  review!: string | null;

  @Field(() => String, { nullable: true, description: '讲评: the lessons drawn, once written' })
  @Column('text', { nullable: true })
  lessons!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'reviewed_by', nullable: true })
  reviewedBy!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
