import { ArgsType, Field, ID } from 'type-graphql';

/** A shift and, for a lead or admin, the member: signing up, cancelling, checking in and out. */
@ArgsType()
export class CheckInArgs {
  @Field(() => ID)
  shiftId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A VOLUNTEER omits it (or gives its own); a lead or admin names the member',
  })
  volunteerId?: string | null;
}
