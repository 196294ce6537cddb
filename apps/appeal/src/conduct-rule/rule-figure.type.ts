import { Field, Int, ObjectType } from 'type-graphql';
import { ConductRule } from './conduct-rule.entity';

/** How many findings or cases cite one rule. */
@ObjectType({
  description: 'How many cite one rule of conduct, and how many of them are still open',
})
export class RuleFigure {
  @Field(() => ConductRule)
  rule!: ConductRule;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Not yet struck off (findings) or not yet reviewed (cases)' })
  open!: number;
}
