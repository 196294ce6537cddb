import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 政企码 check-in: one official's visit to an enterprise, from scanning its code to checking out. */
@ObjectType({ description: "An inspection visit, checked in with the enterprise's code (政企码)" })
@Entity({ name: 'inspection' })
@Index('inspection_enterprise_checked_in', ['enterpriseId', 'checkedInAt', 'id'])
export class Inspection {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** Exposed as the `enterprise` field. */
  @Column('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  @Field(() => Int, { description: 'The version of the code that was scanned' })
  @Column('integer', { name: 'code_version' })
  codeVersion!: number;

  @Field(() => String, { description: 'The department whose staff came' })
  @Column('text', { name: 'department_code' })
  departmentCode!: string;

  /** The token subject of the official; not exposed. */
  @Column('text', { name: 'inspector_subject' })
  inspectorSubject!: string;

  @Field(() => String, { description: 'Who checked in, as their token names them' })
  @Column('text', { name: 'inspector_name' })
  inspectorName!: string;

  @Field(() => String, { description: 'What the visit is for' })
  @Column('text')
  purpose!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The law or regulation the visit rests on, when one was given',
  })
  @Column('text', { name: 'legal_basis', nullable: true })
  legalBasis!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The appeal (complaint) that caused the visit, when there is one',
  })
  @Column('uuid', { name: 'cause_appeal_id', nullable: true })
  causeAppealId!: string | null;

  @Field(() => Boolean, {
    description:
      'True for a visit without a cause: those count against the monthly quota (无事不扰)',
  })
  @Column('boolean')
  routine!: boolean;

  @Field(() => Date)
  @Column('timestamptz', { name: 'checked_in_at' })
  checkedInAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'checked_out_at', nullable: true })
  checkedOutAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Seconds from check-in to check-out' })
  @Column('integer', { name: 'duration_seconds', nullable: true })
  durationSeconds!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the officials found, recorded at check-out',
  })
  @Column('text', { nullable: true })
  findings!: string | null;
}
