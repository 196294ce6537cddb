import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 征迁/回迁: where a household stands in the relocation. */
export enum RelocationStatus {
  /** Never moved out (the under-10 % the 2016 征迁 did not reach). */
  NOT_RELOCATED = 'NOT_RELOCATED',
  /** 已征迁: moved out and settled elsewhere (货币安置), not returning. */
  RELOCATED = 'RELOCATED',
  /** 待回迁: moved out, waiting for its 回迁 home. */
  AWAITING_RETURN = 'AWAITING_RETURN',
  /** 已回迁: moved into its 回迁 home. */
  RETURNED = 'RETURNED',
}

/** 户: a household of the community, a member wherever it lives now. */
@Entity({ name: 'household' })
export class HouseholdRow {
  @PrimaryColumn('uuid')
  id!: string;

  /** 户号 */
  @Column('text')
  code!: string;

  /** The region code of the community it belongs to (e.g. 410103-HZ-BGM). */
  @Column('text', { name: 'community_code' })
  communityCode!: string;

  @Column('text', { name: 'original_address' })
  originalAddress!: string;

  @Column('text', { name: 'current_address' })
  currentAddress!: string;

  @Column('text', { name: 'relocation_status' })
  relocationStatus!: RelocationStatus;

  @Column('date', { name: 'relocated_on', nullable: true })
  relocatedOn!: string | null;

  @Column('date', { name: 'returned_on', nullable: true })
  returnedOn!: string | null;

  /** Invented for the seed (样例数据), never a real household. */
  @Column('boolean', { name: 'is_sample', default: false })
  isSample!: boolean;
}
