import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DispatchRole, DispatchTargetKind } from './dispatch.enums';

/** 派单: an appeal sent to one department or volunteer team that must act on it. */
@ObjectType('Dispatch', {
  description:
    'An appeal sent to one department or volunteer team that must act on it (派单), and whether it reported in (报到)',
})
@Entity({ name: 'appeal_dispatch' })
@Index('appeal_dispatch_appeal', ['appealId', 'insertionOrder'])
export class AppealDispatch {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'appeal_id' })
  appealId!: string;

  @Field(() => DispatchTargetKind)
  @Column('text', { name: 'target_kind' })
  targetKind!: DispatchTargetKind;

  /** The department's or team's id in the service that owns it; exposed as `department` or `volunteerTeam`. */
  @Column('uuid', { name: 'target_id' })
  targetId!: string;

  @Field(() => String, {
    description:
      'The department or team code; its topic is dispatch.department.<code> or dispatch.volunteer-team.<code>',
  })
  @Column('text', { name: 'target_code' })
  targetCode!: string;

  @Field(() => DispatchRole)
  @Column('text')
  role!: DispatchRole;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'dispatched_at' })
  dispatchedAt!: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When a department must have reported in (报到); null for volunteer teams',
  })
  @Column('timestamptz', { name: 'acknowledge_by', nullable: true })
  acknowledgeBy!: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the department reported in (报到); null until it does',
  })
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;

  /** Written by the database: the order of the dispatches of one appeal (lead, assisting, teams). */
  @Column({ type: 'bigint', name: 'insertion_order', insert: false, update: false, select: false })
  insertionOrder?: string;
}
