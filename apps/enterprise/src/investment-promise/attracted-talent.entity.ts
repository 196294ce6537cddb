import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TalentCategory } from '../talent/talent-category';

/** 招才引智: a talent the district attracted, to whom policy promises were made. */
@ObjectType({ description: 'A talent attracted to the district (双招双引: 引才)' })
@Entity({ name: 'attracted_talent' })
export class AttractedTalent {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => TalentCategory)
  @Column('text')
  category!: TalentCategory;

  @Field(() => String, { description: 'The employer the talent came to' })
  @Column('text')
  employer!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column('date', { name: 'arrived_on' })
  arrivedOn!: string;

  @Field(() => Boolean, { description: 'Invented sample data, not a real person' })
  @Column('boolean')
  sample!: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
