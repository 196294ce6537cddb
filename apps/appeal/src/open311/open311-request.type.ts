import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { AppealStatus } from '../appeal/appeal.enums';
import { Department } from '../department/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { GridCell } from '../grid-cell/grid-cell.entity';

/**
 * An appeal as the Open311 face shows it. What the public may see (category, status, dates, cell,
 * lead department) is always there; what is personal (the description, the enterprise, where and
 * what was linked) only to a caller who may read the appeal itself (docs/ACCESS.md), null otherwise.
 */
@ObjectType({
  description:
    'An appeal as Open311 shows it: public fields always, personal ones only to its readers',
})
export class Open311Request {
  @Field(() => ID, { description: 'The appeal’s id (service_request_id)' })
  id!: string;

  @Field(() => String, { description: 'The category code (service_code)' })
  serviceCode!: string;

  @Field(() => AppealStatus)
  status!: AppealStatus;

  @Field(() => GraphQLDateTime)
  submittedAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'The latest timeline entry' })
  updatedAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When it must be resolved' })
  dueAt!: Date;

  @Field(() => GridCell, { description: 'The grid cell of the appeal' })
  gridCell!: GridCell;

  @Field(() => Department, {
    nullable: true,
    description: 'The lead department; null until dispatched',
  })
  leadDepartment!: Department | null;

  @Field(() => Boolean, { description: 'Whether the caller may read the appeal itself' })
  readable!: boolean;

  @Field(() => String, { nullable: true, description: 'Only to the appeal’s readers' })
  description!: string | null;

  @Field(() => Enterprise, { nullable: true, description: 'Only to the appeal’s readers' })
  enterprise!: Enterprise | null;

  @Field(() => Float, { nullable: true, description: 'Only to the appeal’s readers' })
  lat!: number | null;

  @Field(() => Float, { nullable: true, description: 'Only to the appeal’s readers' })
  lng!: number | null;

  @Field(() => String, { nullable: true, description: 'Only to the appeal’s readers' })
  addressString!: string | null;

  @Field(() => String, { nullable: true, description: 'Only to the appeal’s readers; as given' })
  mediaUrl!: string | null;
}
