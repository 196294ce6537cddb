import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A complaint raised at a 吐槽大会: which officer raised it, and the appeal it became. */
@Entity({ name: 'roast_complaint' })
export class RoastComplaint {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'session_id' })
  sessionId!: string;

  @Column('uuid', { name: 'appeal_id' })
  appealId!: string;

  @Column('uuid', { name: 'officer_id' })
  officerId!: string;

  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
