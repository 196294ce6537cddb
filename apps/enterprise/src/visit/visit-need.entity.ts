import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 问需: one need an enterprise told its visitor; raised, it becomes an appeal under `appealId`. */
@ObjectType({ description: 'A need heard on a 万人助万企 visit; raised, it becomes an appeal' })
@Entity({ name: 'visit_need' })
export class VisitNeed {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'visit_id' })
  visitId!: string;

  @Field(() => Int, { description: 'Its place in the visit, from 1' })
  @Column('int')
  position!: number;

  @Field(() => String)
  @Column('text')
  text!: string;

  /**
   * Fixed when the need is raised, before the appeal service has filed it: the appeal service files
   * the appeal under this id, so a redelivered event can never file a second one.
   */
  @Field(() => ID, { nullable: true, description: 'The appeal this need became, once raised' })
  @Column('uuid', { name: 'appeal_id', nullable: true })
  appealId!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'raised_at', nullable: true })
  raisedAt!: Date | null;

  @Column('text', { name: 'raised_by', nullable: true })
  raisedBy!: string | null;
}
