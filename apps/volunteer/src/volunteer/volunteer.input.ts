import { Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsVisibleName } from '@erqi/shared/util-text';

/** A mainland mobile number: 11 digits, starting with 1. */
export const MOBILE_PHONE = /^1\d{10}$/;

@InputType({ description: 'Who joins which volunteer team' })
export class RegisterVolunteerInput {
  @Field(() => ID)
  teamId!: string;

  @Field(() => String, { description: 'Leading and trailing spaces are dropped' })
  @Matches(/\S/, { message: 'name must not be empty' })
  @IsVisibleName()
  @MaxLength(50, { message: 'name must be at most 50 characters' })
  name!: string;

  @Field(() => String, {
    description: 'Mobile number, 11 digits starting with 1, e.g. 13700000001',
  })
  @Matches(MOBILE_PHONE, { message: 'phone must be a mobile number of 11 digits starting with 1' })
  phone!: string;
}
