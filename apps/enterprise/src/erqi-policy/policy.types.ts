import { Field, ObjectType } from 'type-graphql';
import { Connection } from '@erqi/shared/data-access-pagination';
import { Criterion } from './eligibility';
import { Policy } from './policy.entity';

@ObjectType({ description: 'One condition an enterprise does not meet (缺什么)' })
export class PolicyLack {
  @Field(() => Criterion)
  criterion!: Criterion;

  @Field(() => String, { description: 'What the condition asks, in words' })
  required!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the enterprise has; null when its profile does not say',
  })
  actual!: string | null;
}

@ObjectType({
  description: 'A policy an enterprise qualifies for, or nearly does (差一点), with what it lacks',
})
export class PolicyMatch {
  @Field(() => Policy)
  policy!: Policy;

  @Field(() => Boolean, {
    description: 'Meets every condition and the window is open: it may apply',
  })
  qualifies!: boolean;

  @Field(() => [PolicyLack], {
    description: 'Empty when it qualifies; otherwise criterion by criterion',
  })
  lacks!: PolicyLack[];
}

@ObjectType()
export class PolicyConnection extends Connection(Policy) {}
