import { GraphQLDateTime } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { AppealChannel, AppealStatus, HandlingMode } from './appeal.enums';

/** 诉求: a problem an enterprise raised, followed from intake to the return visit. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An enterprise appeal (诉求), followed along the closed loop until it is closed' })
@Entity({ name: 'appeal' })
@Index('appeal_submitted', ['submittedAt', 'id'])
@Index('appeal_enterprise', ['enterpriseId', 'submittedAt', 'id'])
@Index('appeal_grid_cell', ['gridCellId', 'submittedAt', 'id'])
@Index('appeal_lead_department', ['leadDepartmentId', 'submittedAt', 'id'])
export class Appeal {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String)
  @Column('text')
  title!: string;

  @Field(() => String)
  @Column('text')
  description!: string;

  @Field(() => AppealStatus)
  @Index('appeal_status')
  @Column('text')
  status!: AppealStatus;

  @Field(() => HandlingMode)
  @Column('text', { name: 'handling_mode' })
  handlingMode!: HandlingMode;

  @Field(() => AppealChannel)
  @Column('text')
  channel!: AppealChannel;

  /** Exposed as `category`, resolved through the per-request category loader. */
  @Column('text', { name: 'category_code' })
  categoryCode!: string;

  // The enterprise, cell and department live in other services' databases: ids only, no foreign keys.
  @Column('uuid', { name: 'enterprise_id' })
  enterpriseId!: string;

  @Column('uuid', { name: 'grid_cell_id' })
  gridCellId!: string;

  @Column('uuid', { name: 'lead_department_id', nullable: true })
  leadDepartmentId!: string | null;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it must be resolved, set by the handling mode' })
  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  /** Bumped on every change, so that two handlers cannot overwrite each other unseen. */
  @VersionColumn({ type: 'integer' })
  version!: number;
}
