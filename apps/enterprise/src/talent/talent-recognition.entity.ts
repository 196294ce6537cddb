import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TalentCategory } from './talent-category';

/** 人才认定: a batch of talents recognised in one category (one person, or a training cohort's graduates). */
@ObjectType({ description: 'Talents recognised in one category: one person or a whole cohort' })
@Entity({ name: 'talent_recognition' })
export class TalentRecognition {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => Int, { description: 'The year whose target it counts towards' })
  @Column('int')
  year!: number;

  @Field(() => TalentCategory)
  @Column('text')
  category!: TalentCategory;

  @Field(() => Int)
  @Column('int')
  count!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column('date', { name: 'recognised_on' })
  recognisedOn!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note!: string | null;

  @Field(() => Boolean, { description: 'Invented sample figures' })
  @Column('boolean')
  sample!: boolean;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
