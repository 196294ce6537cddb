import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Whether a date departs from the Monday-to-Friday week: a public holiday, or a make-up working day (调休). */
export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}

/** One date of the working calendar that is not an ordinary weekday or weekend. */
@Entity({ name: 'calendar_day' })
export class CalendarDay {
  /** The local date in Asia/Shanghai, `YYYY-MM-DD`. */
  @PrimaryColumn('date')
  date!: string;

  @Column('text')
  kind!: CalendarDayKind;

  /** e.g. 春节, 国庆节. */
  @Column('text')
  name!: string;
}
