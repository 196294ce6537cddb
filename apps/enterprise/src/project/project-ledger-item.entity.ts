import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum ProjectLedgerStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

registerEnumType(ProjectLedgerStatus, {
  name: 'ProjectLedgerStatus',
  description: 'Where an issue on a project ledger stands',
});

/** The moves a ledger item may make; DONE may be reopened to IN_PROGRESS when the issue comes back. */
export const LEDGER_TRANSITIONS: Record<ProjectLedgerStatus, readonly ProjectLedgerStatus[]> = {
  [ProjectLedgerStatus.OPEN]: [ProjectLedgerStatus.IN_PROGRESS, ProjectLedgerStatus.DONE],
  [ProjectLedgerStatus.IN_PROGRESS]: [ProjectLedgerStatus.DONE, ProjectLedgerStatus.OPEN],
  [ProjectLedgerStatus.DONE]: [ProjectLedgerStatus.IN_PROGRESS],
};

/** 项目台账: one issue raised on a project, and where it stands. */
@ObjectType({ description: "An issue raised on a project's ledger (项目台账)" })
@Entity({ name: 'project_ledger_item' })
@Index('project_ledger_item_project', ['projectId', 'raisedAt', 'id'])
export class ProjectLedgerItem {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'project_id' })
  projectId!: string;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => Date)
  @Column('timestamptz', { name: 'raised_at' })
  raisedAt!: Date;

  @Field(() => String, { description: 'Who raised it, as ROLE:name' })
  @Column('text', { name: 'raised_by' })
  raisedBy!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The project department that is to handle it',
  })
  @Column('text', { name: 'department_code', nullable: true })
  departmentCode!: string | null;

  @Field(() => ProjectLedgerStatus)
  @Column('text')
  status!: ProjectLedgerStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The latest note, given with a status change',
  })
  @Column('text', { nullable: true })
  note!: string | null;

  @Field(() => Date)
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Field(() => String, { description: 'Who changed it last, as ROLE:name' })
  @Column('text', { name: 'updated_by' })
  updatedBy!: string;
}
