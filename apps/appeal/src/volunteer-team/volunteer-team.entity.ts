import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * 志愿服务队: owned by the volunteer subgraph; here only its key, so that a dispatch can point at the
 * team it went to. Not resolvable here: the gateway asks the volunteer subgraph for the rest.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class VolunteerTeam {
  @Field(() => ID)
  id!: string;
}
