import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 无事不扰: a time in which no routine inspection may disturb an enterprise (or every enterprise). */
@ObjectType({
  description: 'A quiet period: inside it an inspection needs a cause (an appeal or a legal basis)',
})
@Entity({ name: 'inspection_quiet_period' })
export class InspectionQuietPeriod {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The enterprise it protects; null for every enterprise',
  })
  @Column('uuid', { name: 'enterprise_id', nullable: true })
  enterpriseId!: string | null;

  @Field(() => Date)
  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Field(() => Date, { description: 'The first instant after the period' })
  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  @Field(() => String)
  @Column('text')
  reason!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
