import { maskName, maskPhone } from '@erqi/shared/util-auth';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ageOn } from '../community/month';
import { maskIdNumber } from '../community/id-number';
import { type HouseholdRow, RelocationStatus } from './household.entity';
import { Gender, type ResidentRow } from './resident.entity';

registerEnumType(RelocationStatus, {
  name: 'RelocationStatus',
  description: '征迁/回迁: not relocated, relocated (settled elsewhere), awaiting 回迁, returned',
});
registerEnumType(Gender, { name: 'Gender' });

/** 居民, as this caller may see them: personal data masked unless staff or the own household. */
@ObjectType({ description: 'A resident (居民) of a community, wherever they live now' })
export class Resident {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => String, { description: 'Masked (张**) for all but staff and the own household' })
  name!: string;

  @Field(() => Gender)
  gender!: Gender;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null when masked' })
  birthDate!: string | null;

  @Field(() => Int, { description: 'Age today (Asia/Shanghai), or at death' })
  age!: number;

  @Field(() => String, { nullable: true, description: '居民身份证号, masked for others' })
  idNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone, masked for others' })
  phone!: string | null;

  @Field(() => String, { description: 'Member of the community since, YYYY-MM-DD' })
  memberSince!: string;

  @Field(() => String, { nullable: true, description: 'Membership ended (迁出) on' })
  memberUntil!: string | null;

  @Field(() => String, { nullable: true })
  diedOn!: string | null;

  @Field(() => Boolean, { description: 'Alive and a member today' })
  isMember!: boolean;

  @Field(() => Boolean, { description: 'Whether personal data was masked for this caller' })
  masked!: boolean;

  @Field(() => Boolean, { description: 'Invented for the seed (样例数据)' })
  isSample!: boolean;
}

/** 户: a household of the community, with its members. */
@ObjectType({
  description: 'A household (户) of a community; membership does not follow its address',
})
export class Household {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '户号' })
  code!: string;

  @Field(() => String)
  communityCode!: string;

  @Field(() => String, { description: 'The address before 征迁' })
  originalAddress!: string;

  @Field(() => String, { nullable: true, description: 'Where it lives now; null when masked' })
  currentAddress!: string | null;

  @Field(() => RelocationStatus)
  relocationStatus!: RelocationStatus;

  @Field(() => String, { nullable: true })
  relocatedOn!: string | null;

  @Field(() => String, { nullable: true })
  returnedOn!: string | null;

  @Field(() => [Resident], { description: 'Its residents, members or not' })
  members!: Resident[];

  @Field(() => Boolean)
  masked!: boolean;

  @Field(() => Boolean)
  isSample!: boolean;
}

/** What the caller may see of a resident (`unmasked` decided by community-access). */
export function residentView(row: ResidentRow, unmasked: boolean, today: string): Resident {
  const ageUntil = row.diedOn && row.diedOn < today ? row.diedOn : today;
  return {
    id: row.id,
    householdId: row.householdId,
    name: unmasked ? row.name : maskName(row.name),
    gender: row.gender,
    birthDate: unmasked ? row.birthDate : null,
    age: ageOn(row.birthDate, ageUntil),
    idNumber: unmasked ? row.idNumber : maskIdNumber(row.idNumber),
    phone: row.phone ? (unmasked ? row.phone : maskPhone(row.phone)) : null,
    memberSince: row.memberSince,
    memberUntil: row.memberUntil,
    diedOn: row.diedOn,
    isMember: !row.diedOn && (!row.memberUntil || row.memberUntil > today),
    masked: !unmasked,
    isSample: row.isSample,
  };
}

export function householdView(
  row: HouseholdRow,
  members: ResidentRow[],
  unmasked: boolean,
  today: string,
): Household {
  return {
    id: row.id,
    code: row.code,
    communityCode: row.communityCode,
    originalAddress: row.originalAddress,
    currentAddress: unmasked ? row.currentAddress : null,
    relocationStatus: row.relocationStatus,
    relocatedOn: row.relocatedOn,
    returnedOn: row.returnedOn,
    members: members.map((member) => residentView(member, unmasked, today)),
    masked: !unmasked,
    isSample: row.isSample,
  };
}
