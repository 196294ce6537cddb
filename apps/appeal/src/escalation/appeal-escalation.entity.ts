import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EscalationDeadline } from './escalation.enums';

/** 督办: a deadline of an appeal that passed, recorded once however many watchers saw it. */
@ObjectType('Escalation', {
  description: 'A deadline of the appeal that passed (督办), escalated to the supervisors once',
})
@Entity({ name: 'appeal_escalation' })
export class AppealEscalation {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'appeal_id' })
  appealId!: string;

  @Field(() => EscalationDeadline)
  @Column('text')
  deadline!: EscalationDeadline;

  @Field(() => GraphQLDateTime, { description: 'The deadline that passed' })
  @Column('timestamptz', { name: 'deadline_at' })
  deadlineAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'For an acknowledgement deadline: the department that did not report in',
  })
  @Column('text', { name: 'department_code', nullable: true })
  departmentCode!: string | null;

  @Field(() => GraphQLDateTime, { description: 'When the watcher found it' })
  @Column('timestamptz', { name: 'detected_at' })
  detectedAt!: Date;
}
