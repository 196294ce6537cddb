import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A year whose holidays and make-up working days (调休) are set in this database: its `calendar_day`
 * rows replace what the published package says for that year.
 */
@Entity({ name: 'calendar_year' })
export class CalendarYear {
  @PrimaryColumn('int')
  year!: number;

  /** Who set it: `ADMIN:<name>`, or the migration that seeded it. */
  @Column('text', { name: 'set_by' })
  setBy!: string;

  @Column('timestamptz', { name: 'set_at' })
  setAt!: Date;
}
