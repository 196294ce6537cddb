import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** 诉求: owned by the appeal subgraph; here only its key, so a suggestion points at what it became. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Appeal {
  @Field(() => ID)
  id!: string;
}
