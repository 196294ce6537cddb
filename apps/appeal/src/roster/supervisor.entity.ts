import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MemberStatus, SupervisorGroup } from './roster.enums';

/** 监督员: one of the 50+ business-environment supervisors, chosen from different groups for a term. */
@ObjectType({ description: 'A business-environment supervisor (营商环境监督员)' })
@Entity({ name: 'roster_supervisor' })
export class Supervisor {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => SupervisorGroup)
  @Column('text', { name: 'member_group' })
  group!: SupervisorGroup;

  @Field(() => String, {
    description: 'Where they come from (a congress, a paper, a firm, a community)',
  })
  @Column('text')
  affiliation!: string;

  /** Personal data: read through the `phone` field, which follows need-to-know. */
  @Column('text')
  phone!: string;

  @Field(() => String, { description: 'First day of the term (YYYY-MM-DD)' })
  @Column('date', { name: 'term_start' })
  termStart!: string;

  @Field(() => String, { description: 'Last day of the term (YYYY-MM-DD)' })
  @Column('date', { name: 'term_end' })
  termEnd!: string;

  @Field(() => MemberStatus)
  @Column('text')
  status!: MemberStatus;

  /** The sign-in of this person, if they have one. */
  @Column('text', { name: 'user_subject', nullable: true })
  userSubject!: string | null;
}
