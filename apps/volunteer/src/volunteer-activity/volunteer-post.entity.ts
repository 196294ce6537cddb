import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VolunteerDuty } from './shift.entity';

/** 岗位: one duty at one place of an activity, staffed by one team in shifts. */
@ObjectType({ description: 'A post (岗位): a duty at a place of an activity, staffed by one team' })
@Entity({ name: 'volunteer_post' })
export class VolunteerPost {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Index()
  @Column('uuid', { name: 'volunteer_activity_id' })
  activityId!: string;

  @Column('uuid', { name: 'volunteer_team_id' })
  teamId!: string;

  @Field(() => VolunteerDuty)
  @Column('text')
  duty!: VolunteerDuty;

  @Field(() => String, { description: 'Where the post stands, e.g. 北入口游客服务点' })
  @Column('text')
  place!: string;
}
