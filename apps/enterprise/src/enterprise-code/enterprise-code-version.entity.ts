import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One issued version of an enterprise's 政企码; only the highest version of an enterprise is current. */
@Entity({ name: 'enterprise_code' })
export class EnterpriseCodeVersion {
  @PrimaryColumn('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  @PrimaryColumn('integer')
  version!: number;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
