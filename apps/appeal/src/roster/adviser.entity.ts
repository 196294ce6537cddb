import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MemberStatus } from './roster.enums';

/** 顾问团: a member of the advisory panel, consulted for forward-looking decisions. */
@ObjectType({ description: 'A member of the business-environment advisory panel (顾问团)' })
@Entity({ name: 'roster_adviser' })
export class Adviser {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String, { description: 'Field of expertise, e.g. 法律, 财税, 产业规划' })
  @Column('text')
  expertise!: string;

  @Field(() => String)
  @Column('text')
  affiliation!: string;

  /** Personal data: read through the `phone` field, which follows need-to-know. */
  @Column('text')
  phone!: string;

  @Field(() => MemberStatus)
  @Column('text')
  status!: MemberStatus;

  @Column('text', { name: 'user_subject', nullable: true })
  userSubject!: string | null;
}
