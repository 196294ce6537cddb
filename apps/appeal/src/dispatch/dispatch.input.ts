import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class AcknowledgeDispatchArgs {
  @Field(() => ID)
  appealId!: string;

  @Field(() => String, {
    description: 'The code of the department reporting in, e.g. URBAN_MANAGEMENT',
  })
  departmentCode!: string;
}
