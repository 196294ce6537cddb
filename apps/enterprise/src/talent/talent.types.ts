import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TalentCategory } from './talent-category';

/** One category's figure of a year against its target (双招双引). */
@ObjectType({ description: "One talent category's count in a year against its target" })
export class TalentFigure {
  @Field(() => TalentCategory)
  category!: TalentCategory;

  @Field(() => String, { description: 'The category in Chinese, e.g. 高端人才' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'The year’s target; null when none is set' })
  target!: number | null;

  @Field(() => Boolean, { description: 'The target is a floor ("500+")' })
  atLeast!: boolean;

  @Field(() => Int, { description: 'Recognised so far in the year' })
  count!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'count / target, e.g. 0.42; null without a target',
  })
  progress!: number | null;

  @Field(() => Boolean, { description: 'The count has reached the target' })
  met!: boolean;
}
