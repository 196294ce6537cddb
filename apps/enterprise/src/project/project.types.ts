import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "The project's butler (项目管家): the one staff member who chases it" })
export class ProjectButler {
  @Field(() => ID, { description: 'The subject id of their user' })
  subjectId!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({
  description:
    'The one contact at the project; the phone is masked unless you are ADMIN, the butler or the enterprise',
})
export class ProjectContact {
  @Field(() => String)
  name!: string;

  @Field(() => String, {
    description:
      'In full for ADMIN, the butler and the enterprise itself; otherwise like 138****0001',
  })
  phone!: string;
}
