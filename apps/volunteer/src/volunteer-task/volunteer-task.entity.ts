import { GraphQLDateTime } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Where a task is: it only moves forward, OPEN → ACCEPTED → IN_PROGRESS → DONE. */
export enum VolunteerTaskStatus {
  /** 待认领: spread to the team, nobody on it yet. */
  OPEN = 'OPEN',
  /** 已认领: a member took it on and will start it. */
  ACCEPTED = 'ACCEPTED',
  /** 进行中: the team is on it. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** 已完成: done. */
  DONE = 'DONE',
}
registerEnumType(VolunteerTaskStatus, {
  name: 'VolunteerTaskStatus',
  description:
    'Where a volunteer task is: OPEN → ACCEPTED (a member took it on) → IN_PROGRESS → DONE, never back',
});

/** 志愿任务: what a volunteer team is asked to do about an appeal dispatched to it. */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A volunteer task (志愿任务): an appeal spread to a volunteer team, for the team to act on',
})
@Entity({ name: 'volunteer_task' })
@Index('volunteer_task_appeal', ['appealId', 'createdAt', 'id'])
@Index('volunteer_task_team', ['teamId', 'createdAt', 'id'])
export class VolunteerTask {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** No foreign key: appeals live in the appeal service's database. */
  @Column('uuid', { name: 'appeal_id' })
  appealId!: string;

  @Column('uuid', { name: 'volunteer_team_id' })
  teamId!: string;

  @Field(() => String, { description: "The appeal's title when it was dispatched" })
  @Column('text')
  title!: string;

  @Field(() => String)
  @Column('text')
  description!: string;

  @Field(() => String, { description: "The appeal's category code, e.g. ENVIRONMENT" })
  @Column('text')
  category!: string;

  @Field(() => GraphQLDateTime, { description: 'When the appeal must be resolved' })
  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  @Field(() => VolunteerTaskStatus)
  @Column('text')
  status!: VolunteerTaskStatus;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** 认领人: the member who accepted it; null while OPEN, or when the lead moved it without naming one. */
  @Column('uuid', { name: 'accepted_by_volunteer_id', nullable: true })
  acceptedById!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When a member accepted it (认领)' })
  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When work on it started' })
  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was done' })
  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the volunteer wrote on completing it (完成说明); shown on the appeal’s timeline',
  })
  @Column('text', { name: 'completion_note', nullable: true })
  completionNote!: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      '上报队长: when it went to the team’s lead because nobody accepted it within VOLUNTEER_TASK_ACCEPT_MINUTES (default 60); set once, kept after a later accept',
  })
  @Column('timestamptz', { name: 'escalated_at', nullable: true })
  escalatedAt!: Date | null;

  /** The `cn.erqi.appeal.dispatched` event the task came from: one task per event, whatever the consumer group. */
  @Index({ unique: true })
  @Column('uuid', { name: 'source_event_id' })
  sourceEventId!: string;
}
