import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 志愿活动: an event volunteers serve at, e.g. 贾鲁水镇龙年灯会 (the Dragon-year lantern festival). */
@ObjectType({
  description: 'A volunteer activity (志愿活动), e.g. a festival the teams staff in shifts',
})
@Entity({ name: 'volunteer_activity' })
export class VolunteerActivity {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'Stable code, e.g. LANTERN_FESTIVAL_2024' })
  @Index({ unique: true })
  @Column('text')
  code!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String)
  @Column('text')
  location!: string;

  @Field(() => GraphQLDate, { description: 'First day, in Asia/Shanghai' })
  @Column('date', { name: 'starts_on' })
  startsOn!: string;

  @Field(() => GraphQLDate, { description: 'Last day (inclusive), in Asia/Shanghai' })
  @Column('date', { name: 'ends_on' })
  endsOn!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Visits the organisers reported, e.g. 86,000 over the three days',
  })
  @Column('integer', { name: 'reported_visits', nullable: true })
  reportedVisits!: number | null;
}
