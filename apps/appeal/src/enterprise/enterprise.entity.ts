import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** 企业: owned by the enterprise subgraph; here only its key, so that appeals can point at it and enterprises can list their appeals. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Enterprise {
  @Field(() => ID)
  id!: string;
}
