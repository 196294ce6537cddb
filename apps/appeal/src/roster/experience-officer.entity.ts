import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MemberStatus } from './roster.enums';

/** 体验官: one of about 30 entrepreneurs who experience the district's services and speak at 吐槽大会. */
@ObjectType({
  description: 'A business-environment experience officer (营商环境体验官), an entrepreneur',
})
@Entity({ name: 'roster_experience_officer' })
export class ExperienceOfficer {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The registry enterprise they run; null when their company is a sample one',
  })
  @Column('uuid', { name: 'enterprise_id', nullable: true })
  enterpriseId!: string | null;

  @Field(() => String)
  @Column('text', { name: 'enterprise_name' })
  enterpriseName!: string;

  @Field(() => Boolean, {
    description: 'The company is invented sample data, not in the enterprise registry',
  })
  @Column('boolean', { name: 'sample_enterprise' })
  sampleEnterprise!: boolean;

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

  @Column('text', { name: 'user_subject', nullable: true })
  userSubject!: string | null;
}
