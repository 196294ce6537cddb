import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MisconductCaseStatus } from './misconduct.enums';

/** One step of a misconduct case's history; rows are only ever appended. */
@ObjectType({
  description: 'One step of a misconduct case: who took it, from which status, the note',
})
@Entity({ name: 'misconduct_case_entry' })
export class MisconductCaseEntry {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz')
  at!: Date;

  @Field(() => String)
  @Column('text')
  actor!: string;

  @Field(() => MisconductCaseStatus, { nullable: true, description: 'Null on the first entry' })
  @Column('text', { name: 'from_status', nullable: true })
  fromStatus!: MisconductCaseStatus | null;

  @Field(() => MisconductCaseStatus)
  @Column('text', { name: 'to_status' })
  toStatus!: MisconductCaseStatus;

  @Field(() => String)
  @Column('text')
  note!: string;

  /** Written by the database: orders entries recorded at the same instant. */
  @Column({ type: 'bigint', name: 'insertion_order', insert: false, update: false, select: false })
  insertionOrder?: string;
}
