import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** 职能部门: owned by the grid subgraph; here only its key, so that appeals can point at it and departments can list the appeals they lead. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Department {
  @Field(() => ID)
  id!: string;
}
