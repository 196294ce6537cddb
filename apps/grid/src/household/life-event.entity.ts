import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 人口变动: what staff record, each with the day it happened. */
export enum LifeEventKind {
  /** 出生: a new member born into a household. */
  BIRTH = 'BIRTH',
  /** 死亡 */
  DEATH = 'DEATH',
  /** 迁入: joins the community's membership (marriage, return of 户籍…). */
  JOINED = 'JOINED',
  /** 迁出: leaves the membership. */
  LEFT = 'LEFT',
  /** 地址变更: the household's current address changed. */
  ADDRESS_CHANGED = 'ADDRESS_CHANGED',
  /** 回迁: the household moved into its 回迁 home. */
  RETURNED = 'RETURNED',
}
registerEnumType(LifeEventKind, {
  name: 'LifeEventKind',
  description: 'Birth, death, joining or leaving membership, a change of address, the 回迁 return',
});

/** One recorded life event; the resident's and household's state follow it in the same transaction. */
@ObjectType({ description: 'A life event recorded by community staff (人口变动)' })
@Entity({ name: 'life_event' })
export class LifeEvent {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => LifeEventKind)
  @Column('text')
  kind!: LifeEventKind;

  @Field(() => ID)
  @Column('uuid', { name: 'household_id' })
  householdId!: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { name: 'resident_id', nullable: true })
  residentId!: string | null;

  @Field(() => String, { description: 'The day it happened, YYYY-MM-DD' })
  @Column('date', { name: 'occurred_on' })
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
