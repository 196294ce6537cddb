import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many inspections one department made in a period' })
export class InspectionDepartmentCount {
  @Field(() => String)
  departmentCode!: string;

  @Field(() => Int, { description: 'All check-ins' })
  count!: number;

  @Field(() => Int, { description: 'Those with a cause (an appeal or a legal basis)' })
  withCause!: number;

  @Field(() => Int, { description: 'Those without a cause, which count against the monthly quota' })
  routine!: number;
}
