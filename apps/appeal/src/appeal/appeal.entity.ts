import { GraphQLDateTime } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { AppealChannel, AppealStatus, ClosureReason, HandlingMode } from './appeal.enums';

/** 诉求: a problem an enterprise raised, followed from intake to the return visit. */
@Directive('@key(fields: "id")')
@ObjectType({
  description: 'An enterprise appeal (诉求), followed along the closed loop until it is closed',
})
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

  /** 居民: the resident whose suggestion (意见表) this appeal files, by id; null for every other appeal. */
  @Column('uuid', { name: 'resident_id', nullable: true })
  residentId?: string | null;

  @Field(() => GraphQLDateTime)
  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt!: Date;

  @Field(() => GraphQLDateTime, {
    description: 'When it must be resolved, set by the handling mode',
  })
  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  /** 建账领办: the leader (its token subject) whose ledger a LEDGER case is on; set with `assignLeader`. */
  @Field(() => ID, {
    nullable: true,
    description:
      'The leader (token subject) whose ledger the case is on (建账领办); LEDGER cases cannot be handled without one',
  })
  @Column('text', { name: 'leader_id', nullable: true })
  leaderId!: string | null;

  /**
   * The leader's name as shown; cases migrated from free-text names may have a name and no id.
   * Exposed through AppealResolver.leaderName, which masks it for a RESIDENT.
   */
  @Column('text', { name: 'leader_name', nullable: true })
  leaderName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the enterprise was told when the case was resolved (结案反馈)',
  })
  @Column('text', { nullable: true })
  feedback!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last resolved' })
  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When a resolved case is closed as NO_RESPONSE if nobody has evaluated it',
  })
  @Column('timestamptz', { name: 'evaluation_due_at', nullable: true })
  evaluationDueAt!: Date | null;

  /** Exposed as `evaluation { rating comment at }`: the latest return visit (评价回访). */
  @Column('smallint', { name: 'evaluation_rating', nullable: true })
  evaluationRating!: number | null;

  @Column('text', { name: 'evaluation_comment', nullable: true })
  evaluationComment!: string | null;

  @Column('timestamptz', { name: 'evaluated_at', nullable: true })
  evaluatedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Field(() => ClosureReason, {
    nullable: true,
    description: 'Why it was closed; null until it is',
  })
  @Column('text', { name: 'closure_reason', nullable: true })
  closureReason!: ClosureReason | null;

  /** Exposed as `possibleDuplicateOf`: an earlier appeal of the same enterprise with a similar title. */
  @Column('uuid', { name: 'possible_duplicate_of_id', nullable: true })
  possibleDuplicateOfId!: string | null;

  /** The token subject of whoever filed it (null for appeals filed before this was kept). */
  @Column('text', { name: 'submitted_by', nullable: true })
  submittedBy!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The id the filing device gave the submission (its offline queue), if it gave one; a resend with it answers this appeal',
  })
  @Column('uuid', { name: 'client_request_id', nullable: true })
  clientRequestId!: string | null;

  /** Bumped on every change, so that two handlers cannot overwrite each other unseen. */
  @VersionColumn({ type: 'integer' })
  version!: number;
}
