import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { FindingStatus } from './supervision.enums';

/** 暗访督导台账: a problem a supervisor found undercover, which a department must rectify by a date. */
@ObjectType({
  description:
    'A finding of the undercover-supervision ledger (暗访督导台账), rectified by a department and struck off (对账销号) by a supervisor',
})
@Entity({ name: 'supervision_finding' })
export class SupervisionFinding {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, { description: 'The department that must rectify, e.g. URBAN_MANAGEMENT' })
  @Column('text', { name: 'department_code' })
  departmentCode!: string;

  @Field(() => String, {
    description: 'The rule of conduct it breaks (十不准 / 十必须), e.g. NO-02; `rule` has its text',
  })
  @Column('text', { name: 'rule_code' })
  ruleCode!: string;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => String)
  @Column('text')
  description!: string;

  @Field(() => GraphQLDateTime, { description: 'When the supervisor found it' })
  @Column('timestamptz', { name: 'found_at' })
  foundAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it must be rectified' })
  @Column('timestamptz', { name: 'rectify_by' })
  rectifyBy!: Date;

  @Field(() => FindingStatus)
  @Column('text')
  status!: FindingStatus;

  @Field(() => Boolean, {
    description:
      'rectifyBy passed before the department reported it rectified; escalated once (督办)',
  })
  @Column('boolean')
  overdue!: boolean;

  /** The deadline the watcher last escalated, so that each deadline escalates once. */
  @Column('timestamptz', { name: 'escalated_deadline_at', nullable: true })
  escalatedDeadlineAt!: Date | null;

  @Field(() => String, { description: 'Who recorded it' })
  @Column('text', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
