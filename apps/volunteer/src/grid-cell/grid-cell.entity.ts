import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** 网格: owned by the grid subgraph; here only its key, so that teams can point at cells and cells gain `volunteerTeams`. */
@Directive('@key(fields: "id")')
@ObjectType()
export class GridCell {
  @Field(() => ID)
  id!: string;
}
