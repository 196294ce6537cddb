import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** 诉求: owned by the appeal subgraph, which resolves its status and timeline; here only its key. */
// Not resolvable here: the enterprise subgraph only points at appeals, it adds no field to them.
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Appeal {
  @Field(() => ID)
  id!: string;
}
