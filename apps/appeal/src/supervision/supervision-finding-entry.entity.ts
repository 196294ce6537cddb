import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { FindingStatus } from './supervision.enums';

/** One step of a finding's history; rows are only ever appended. */
@ObjectType({
  description: 'One step of a finding’s history: who moved it, from which status to which, and why',
})
@Entity({ name: 'supervision_finding_entry' })
export class SupervisionFindingEntry {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'finding_id' })
  findingId!: string;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz')
  at!: Date;

  @Field(() => String, {
    description: 'Who took the step, e.g. `SUPERVISOR:营商环境监督员 一号` or `system`',
  })
  @Column('text')
  actor!: string;

  @Field(() => FindingStatus, { nullable: true, description: 'Null on the first entry' })
  @Column('text', { name: 'from_status', nullable: true })
  fromStatus!: FindingStatus | null;

  @Field(() => FindingStatus)
  @Column('text', { name: 'to_status' })
  toStatus!: FindingStatus;

  @Field(() => String)
  @Column('text')
  note!: string;

  /** Written by the database: orders entries recorded at the same instant. */
  @Column({ type: 'bigint', name: 'insertion_order', insert: false, update: false, select: false })
  insertionOrder?: string;
}
