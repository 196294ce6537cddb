import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 调研 (深入一线): a leader's visit to a place or enterprise, linked to the cases it concerns. */
@ObjectType({
  description:
    '调研 (深入一线): a leader’s visit — when, where, what was found — linked to one or more of its cases',
})
@Entity({ name: 'leader_visit' })
export class LeaderVisit {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The leader (token subject) who made the visit' })
  @Column('text', { name: 'leader_id' })
  leaderId!: string;

  @Field(() => String)
  @Column('text', { name: 'leader_name' })
  leaderName!: string;

  @Field(() => String, { description: 'The day of the visit, YYYY-MM-DD' })
  @Column('date', { name: 'visited_on' })
  visitedOn!: string;

  @Field(() => String, { description: 'Where the leader went' })
  @Column('text')
  place!: string;

  @Field(() => ID, { nullable: true, description: 'The enterprise visited, if one was' })
  @Column('uuid', { name: 'enterprise_id', nullable: true })
  enterpriseId!: string | null;

  @Field(() => String, { description: 'What was found' })
  @Column('text')
  findings!: string;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'logged_at' })
  loggedAt!: Date;

  /** The linked cases, filled in by the service (table leader_visit_appeal). */
  @Field(() => [ID], { description: 'The cases the visit concerns; it is on each one’s timeline' })
  appealIds!: string[];
}
