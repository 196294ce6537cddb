import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 意见表: the opinion form staff carry on a visit, as the resident answered it. */
export interface OpinionFormAnswers {
  /** 身体状况 */
  health: string | null;
  /** 生活需求: what the resident needs. */
  needs: string | null;
  /** 对社区工作的满意度, 1 to 5. */
  satisfaction: number | null;
  /** 意见建议: becomes an appeal when given. */
  suggestion: string | null;
}

/** 生日慰问: one visit to a resident of 80 or more in the month of their birthday. */
@Entity({ name: 'birthday_visit' })
export class BirthdayVisitRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'resident_id' })
  residentId!: string;

  @Column('text')
  month!: string;

  @Column('date', { name: 'visited_on' })
  visitedOn!: string;

  @Column('text', { name: 'visited_by' })
  visitedBy!: string;

  @Column('jsonb')
  answers!: OpinionFormAnswers;
}

/** A resident's suggestion (意见建议) and the appeal it became, by the id chosen when it was raised. */
@Entity({ name: 'community_suggestion' })
export class CommunitySuggestionRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'resident_id' })
  residentId!: string;

  @Column('uuid', { name: 'household_id' })
  householdId!: string;

  @Column('uuid', { name: 'visit_id' })
  visitId!: string;

  @Column('text')
  text!: string;

  @Column('uuid', { name: 'appeal_id' })
  appealId!: string;

  @Column('timestamptz', { name: 'raised_at' })
  raisedAt!: Date;
}
