import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum PromiseState {
  PENDING = 'PENDING',
  FULFILLED = 'FULFILLED',
  OVERDUE = 'OVERDUE',
}
registerEnumType(PromiseState, {
  name: 'PromiseState',
  description: 'PENDING 待兑现, FULFILLED 已兑现, OVERDUE 逾期未兑现 (escalated once)',
});

/** 政策承诺: a promise made to an attracted project or talent, owned by one department, due by a date. */
@ObjectType({
  description:
    'A policy promise made to an attracted project or talent (双招双引), owned by one department and due by a date',
})
@Entity({ name: 'policy_promise' })
export class PolicyPromise {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'project_id', nullable: true })
  projectId!: string | null;

  @Column('uuid', { name: 'talent_id', nullable: true })
  talentId!: string | null;

  @Field(() => String, { description: 'What was promised' })
  @Column('text')
  text!: string;

  @Field(() => String, { description: 'The department that must fulfil it, by code' })
  @Column('text', { name: 'owner_department_code' })
  ownerDepartmentCode!: string;

  @Field(() => String, { description: 'The last day to fulfil it (YYYY-MM-DD, Asia/Shanghai)' })
  @Column('date', { name: 'due_on' })
  dueOn!: string;

  @Field(() => PromiseState)
  @Column('text')
  state!: PromiseState;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'fulfilled_at', nullable: true })
  fulfilledAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'fulfilled_by', nullable: true })
  fulfilledBy!: string | null;

  @Field(() => String, { nullable: true, description: 'How it was fulfilled' })
  @Column('text', { name: 'fulfilment_note', nullable: true })
  fulfilmentNote!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was escalated to supervisors for being overdue (once)',
  })
  @Column('timestamptz', { name: 'escalated_at', nullable: true })
  escalatedAt!: Date | null;

  @Field(() => Boolean, { description: 'Invented sample data' })
  @Column('boolean')
  sample!: boolean;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Field(() => Date)
  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
