import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

/** 评价回访: how the enterprise (or its grid worker, on a return visit) rated the result. */
@ObjectType({
  description:
    'The latest evaluation of the result (评价回访): 1–2 reopen the case, 3–5 let it close',
})
export class AppealEvaluation {
  @Field(() => Int)
  rating!: number;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => GraphQLDateTime)
  at!: Date;
}
