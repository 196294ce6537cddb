import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** 网格: owned by the grid subgraph; here only its key, so that appeals can point at it and cells can list the appeals of their enterprises. */
@Directive('@key(fields: "id")')
@ObjectType()
export class GridCell {
  @Field(() => ID)
  id!: string;
}
