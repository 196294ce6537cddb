import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** 诉求: owned by the appeal subgraph; here only its key, so that appeals gain `volunteerTasks`. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Appeal {
  @Field(() => ID)
  id!: string;
}
