import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** 网格: owned by the grid subgraph; this one only knows its key and adds `enterprises`. */
@Directive('@key(fields: "id")')
@ObjectType()
export class GridCell {
  @Field(() => ID)
  id!: string;
}
