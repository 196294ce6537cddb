import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { RelocationStatus } from './household.entity';
import { LifeEventKind } from './life-event.entity';
import { Gender } from './resident.entity';

@ArgsType()
export class HouseholdsArgs extends PageArgs {
  @Field(() => RelocationStatus, { nullable: true })
  relocationStatus?: RelocationStatus | null;
}

@ArgsType()
export class ResidentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the residents of this household' })
  householdId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only residents at least this old today' })
  @IsOptional()
  @Min(0)
  @Max(130)
  minimumAge?: number | null;
}

@InputType({ description: 'A new household (分户, a family joining the community)' })
export class RegisterHouseholdInput {
  @Field(() => String, { description: '户号, unique, e.g. BGM-0601' })
  @Length(1, 20)
  code!: string;

  @Field(() => String)
  @Length(2, 200)
  originalAddress!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where it lives now; the original address when not given',
  })
  @IsOptional()
  @Length(2, 200)
  currentAddress?: string | null;

  @Field(() => RelocationStatus, { defaultValue: RelocationStatus.NOT_RELOCATED })
  relocationStatus!: RelocationStatus;
}

@InputType({ description: 'A new member of a household: born into it, or joining the community' })
export class AddResidentInput {
  @Field(() => ID)
  householdId!: string;

  @Field(() => String)
  @Length(1, 40)
  name!: string;

  @Field(() => Gender)
  gender!: Gender;

  @Field(() => String, { description: 'YYYY-MM-DD, not in the future' })
  birthDate!: string;

  @Field(() => String, { description: '居民身份证号; one person belongs to one household only' })
  idNumber!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(5, 20)
  phone?: string | null;

  @Field(() => LifeEventKind, { description: 'BIRTH (member from birth) or JOINED (迁入)' })
  how!: LifeEventKind;

  @Field(() => String, {
    nullable: true,
    description: 'For JOINED: the day membership began (YYYY-MM-DD); for BIRTH the birth date',
  })
  joinedOn?: string | null;
}

@InputType({ description: 'A death, leaving the membership, a new address or the 回迁 return' })
export class RecordLifeEventInput {
  @Field(() => LifeEventKind)
  kind!: LifeEventKind;

  @Field(() => ID, { nullable: true, description: 'DEATH and LEFT: whose' })
  residentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'ADDRESS_CHANGED and RETURNED: which household' })
  householdId?: string | null;

  @Field(() => String, { description: 'The day it happened, YYYY-MM-DD, not in the future' })
  occurredOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ADDRESS_CHANGED and RETURNED: the new address',
  })
  @IsOptional()
  @Length(2, 200)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  note?: string | null;
}
