import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsVisibleName } from '@erqi/shared/util-text';
import { VolunteerSkill } from './volunteer-skill';

/** A mainland mobile number: 11 digits, starting with 1. */
export const MOBILE_PHONE = /^1\d{10}$/;
export const MOBILE_PHONE_MESSAGE = 'phone must be a mobile number of 11 digits starting with 1';

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
  @Matches(MOBILE_PHONE, { message: MOBILE_PHONE_MESSAGE })
  phone!: string;

  @Field(() => [VolunteerSkill], {
    nullable: true,
    defaultValue: [],
    description: 'What the volunteer can do, e.g. FIRST_AID (急救)',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  skills?: VolunteerSkill[] | null;
}

@InputType({
  description:
    'What changes about a volunteer; fields left out stay as they are. The volunteer itself may change only its phone and skills',
})
export class UpdateVolunteerInput {
  @Field(() => String, { nullable: true, description: 'Leading and trailing spaces are dropped' })
  @IsOptional()
  @IsVisibleName()
  @MaxLength(50, { message: 'name must be at most 50 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile number, 11 digits starting with 1' })
  @IsOptional()
  @Matches(MOBILE_PHONE, { message: MOBILE_PHONE_MESSAGE })
  phone?: string | null;

  @Field(() => [VolunteerSkill], { nullable: true, description: 'Replaces the skills' })
  @IsOptional()
  @ArrayMaxSize(20)
  skills?: VolunteerSkill[] | null;
}
