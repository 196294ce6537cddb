import { ArgsType, Field, ID } from 'type-graphql';

@ArgsType()
export class CheckInArgs {
  @Field(() => ID)
  shiftId!: string;

  @Field(() => ID)
  volunteerId!: string;
}
