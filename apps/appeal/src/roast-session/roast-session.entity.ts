import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 吐槽大会: a session where experience officers air complaints, each of which becomes an appeal. */
@ObjectType({ description: 'A complaint session of the experience officers (营商环境吐槽大会)' })
@Entity({ name: 'roast_session' })
export class RoastSession {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'The day it is held (YYYY-MM-DD)' })
  @Column('date', { name: 'held_on' })
  heldOn!: string;

  @Field(() => String)
  @Column('text')
  place!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  topic!: string | null;

  /** Read through the `attendingOfficers` field. */
  @Column('uuid', { name: 'attending_officer_ids', array: true })
  attendingOfficerIds!: string[];

  @Field(() => String, { description: 'Who set it up' })
  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
