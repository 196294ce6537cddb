import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/**
 * 居民: a member of the community through one household. Membership is not address: a resident keeps
 * it after relocation. Its dates (birth, membership, death) change only through life events.
 */
@Entity({ name: 'resident' })
export class ResidentRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'household_id' })
  householdId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  gender!: Gender;

  @Column('date', { name: 'birth_date' })
  birthDate!: string;

  /** 居民身份证号: one person, one row, so one household. */
  @Column('text', { name: 'id_number' })
  idNumber!: string;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('date', { name: 'member_since' })
  memberSince!: string;

  /** The day membership ended (迁出); null while a member. */
  @Column('date', { name: 'member_until', nullable: true })
  memberUntil!: string | null;

  @Column('date', { name: 'died_on', nullable: true })
  diedOn!: string | null;

  @Column('boolean', { name: 'is_sample', default: false })
  isSample!: boolean;
}
