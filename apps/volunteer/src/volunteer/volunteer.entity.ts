import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VolunteerSkill } from './volunteer-skill';

/** 志愿者: a member of one volunteer team. */
@ObjectType({ description: 'A volunteer (志愿者), member of one team' })
@Entity({ name: 'volunteer' })
export class Volunteer {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  /** Shown through `Volunteer.phone`, which masks it for those who do not need it (team-access.ts). */
  @Index({ unique: true })
  @Column('text')
  phone!: string;

  @Index()
  @Column('uuid', { name: 'volunteer_team_id' })
  teamId!: string;

  @Field(() => [VolunteerSkill], {
    description: 'What the volunteer can do, e.g. 急救, 手语, 除雪',
  })
  @Column('text', { array: true })
  skills!: VolunteerSkill[];

  @Field(() => Boolean, {
    description:
      'False once deactivated: the volunteer has left the team; history and hours are kept',
  })
  @Column('boolean')
  active!: boolean;

  @Field(() => GraphQLDate, { description: 'The day the volunteer joined, in Asia/Shanghai' })
  @Column('date', { name: 'joined_on' })
  joinedOn!: string;

  @Column('timestamptz', { name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;
}
