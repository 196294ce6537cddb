import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum VolunteerDuty {
  /** 引导: showing visitors the way. */
  GUIDANCE = 'GUIDANCE',
  /** 秩序维护: keeping order in the crowds. */
  ORDER_KEEPING = 'ORDER_KEEPING',
  /** 帮扶弱势群体: helping the elderly, children and people with disabilities. */
  HELPING_VULNERABLE = 'HELPING_VULNERABLE',
  /** 除雪除冰: clearing snow and ice. */
  SNOW_AND_ICE_CLEARING = 'SNOW_AND_ICE_CLEARING',
}
registerEnumType(VolunteerDuty, {
  name: 'VolunteerDuty',
  description:
    'What a shift does: guidance (引导), order keeping (秩序维护), helping vulnerable groups (帮扶弱势群体), snow and ice clearing (除雪除冰)',
});

/** 班次: one team on one duty for a stretch of one day of an activity. */
@ObjectType({ description: 'A shift (班次): one team on one duty for a stretch of an activity' })
@Entity({ name: 'shift' })
@Index(['activityId', 'startsAt'])
export class Shift {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'volunteer_activity_id' })
  activityId!: string;

  @Index()
  @Column('uuid', { name: 'volunteer_team_id' })
  teamId!: string;

  @Field(() => VolunteerDuty)
  @Column('text')
  duty!: VolunteerDuty;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;
}
