import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event a consumer has applied; stored with the effect, so a redelivery changes nothing. */
@Entity({ name: 'applied_event' })
export class AppliedEvent {
  @PrimaryColumn('text')
  consumer!: string;

  @PrimaryColumn('text', { name: 'event_id' })
  eventId!: string;

  @Column('timestamptz', { name: 'applied_at', default: () => 'now()' })
  appliedAt!: Date;
}
