import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 企业联盟: enterprises of a community that together offer its residents jobs. */
@ObjectType({
  description:
    'An enterprise alliance (企业联盟) of a community: its members and what they offer together',
})
@Entity({ name: 'enterprise_alliance' })
export class EnterpriseAlliance {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String, { description: 'The community that formed it, e.g. 八卦庙社区' })
  @Column('text', { name: 'community_name' })
  communityName!: string;

  /** 社区集体企业: exposed as `collectiveEnterpriseId` and `collectiveEnterpriseName`. */
  @Field(() => ID, {
    nullable: true,
    description:
      "The community's collective enterprise (社区集体企业), whose figures the board sets against its plan",
  })
  @Column('uuid', { name: 'collective_enterprise_id', nullable: true })
  collectiveEnterpriseId!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when known' })
  @Column('date', { name: 'founded_on', nullable: true })
  foundedOn!: string | null;
}

/** An enterprise's membership of an alliance, from the day it joined (to the day it left). */
@ObjectType({ description: 'A member of an enterprise alliance and since when' })
@Entity({ name: 'enterprise_alliance_member' })
export class AllianceMember {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'alliance_id' })
  allianceId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD the enterprise joined' })
  @Column('date', { name: 'joined_on' })
  joinedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it left; null while a member' })
  @Column('date', { name: 'left_on', nullable: true })
  leftOn!: string | null;

  @Field(() => Boolean, { description: 'Invented sample data (seed): the source names no member' })
  @Column('boolean', { default: false })
  sample!: boolean;
}
