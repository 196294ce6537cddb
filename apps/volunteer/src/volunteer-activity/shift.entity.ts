import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 岗位职责: the four duties, worded as the seed (and the article) words them. */
export enum VolunteerDuty {
  /** 指引向导: showing visitors the way. */
  GUIDANCE = 'GUIDANCE',
  /** 秩序维护: keeping order in the crowds. */
  ORDER_KEEPING = 'ORDER_KEEPING',
  /** 特殊群体帮扶: helping the elderly, children and people with disabilities. */
  HELPING_VULNERABLE = 'HELPING_VULNERABLE',
  /** 除雪破冰: clearing snow and breaking ice. */
  SNOW_AND_ICE_CLEARING = 'SNOW_AND_ICE_CLEARING',
}
registerEnumType(VolunteerDuty, {
  name: 'VolunteerDuty',
  description:
    'What a post does: guidance (指引向导), order keeping (秩序维护), helping vulnerable groups (特殊群体帮扶), snow and ice clearing (除雪破冰)',
  valuesConfig: {
    GUIDANCE: { description: '指引向导: showing visitors the way' },
    ORDER_KEEPING: { description: '秩序维护: keeping order in the crowds' },
    HELPING_VULNERABLE: {
      description: '特殊群体帮扶: helping the elderly, children and people with disabilities',
    },
    SNOW_AND_ICE_CLEARING: { description: '除雪破冰: clearing snow and breaking ice' },
  },
});

/** 班次: a stretch of time at one post, asking for a number of volunteers of the post's team. */
@ObjectType({
  description: "A shift (班次): a stretch of time at one post, staffed by the post's team",
})
@Entity({ name: 'shift' })
@Index(['activityId', 'startsAt'])
export class Shift {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'volunteer_activity_id' })
  activityId!: string;

  /** The post; activity, team and duty are the post's, kept on the row for the old queries and indexes. */
  @Column('uuid', { name: 'volunteer_post_id' })
  postId!: string;

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

  @Field(() => Int, { description: 'How many volunteers the shift needs (at least 1)' })
  @Column('integer', { name: 'required_headcount' })
  requiredHeadcount!: number;
}
