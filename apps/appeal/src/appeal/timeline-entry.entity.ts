import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AppealStatus } from './appeal.enums';

/** What a timeline entry records; progress notes are counted (跟踪盯办 cannot be resolved without one). */
export enum TimelineEntryKind {
  /** A transition, dispatch, report-in or other step. */
  STEP = 'STEP',
  /** 跟踪盯办: a progress note. */
  PROGRESS = 'PROGRESS',
}

/** 办理轨迹: one step of an appeal's handling. Rows are only ever appended. */
@ObjectType({
  description:
    'One step of an appeal’s handling (办理轨迹): who moved it, from which status to which, and why',
})
@Entity({ name: 'timeline_entry' })
@Index('timeline_entry_appeal', ['appealId', 'at', 'insertionOrder'])
export class TimelineEntry {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'appeal_id' })
  appealId!: string;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz')
  at!: Date;

  @Field(() => String, {
    description: 'Who took the step: "system" or a role such as grid-worker or a department code',
  })
  @Column('text')
  actor!: string;

  @Field(() => AppealStatus, { nullable: true, description: 'Null on the first entry' })
  @Column('text', { name: 'from_status', nullable: true })
  fromStatus!: AppealStatus | null;

  @Field(() => AppealStatus)
  @Column('text', { name: 'to_status' })
  toStatus!: AppealStatus;

  @Field(() => String)
  @Column('text')
  note!: string;

  @Column('text', { default: TimelineEntryKind.STEP })
  kind?: TimelineEntryKind;

  /** Written by the database: orders entries recorded at the same instant (a submission and its dispatch). */
  @Column({ type: 'bigint', name: 'insertion_order', insert: false, update: false, select: false })
  insertionOrder?: string;
}
