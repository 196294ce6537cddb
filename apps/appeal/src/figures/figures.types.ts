import { PageArgs } from '@erqi/shared/data-access-pagination';
import { IsOptional } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AppealStatus, HandlingMode } from '../appeal/appeal.enums';
import { Department } from '../department/department.entity';
import { GridCell } from '../grid-cell/grid-cell.entity';

/** What the figures (零超时) are counted per. */
export enum FigureGrouping {
  /** The lead department; appeals not yet dispatched count under UNASSIGNED. */
  DEPARTMENT = 'DEPARTMENT',
  GRID_CELL = 'GRID_CELL',
  HANDLING_MODE = 'HANDLING_MODE',
}
registerEnumType(FigureGrouping, {
  name: 'FigureGrouping',
  description: 'Count appeals per lead department, grid cell or handling mode',
});

/** The key of a department row for appeals no department leads yet. */
export const UNASSIGNED_KEY = 'UNASSIGNED';

@ObjectType({ description: 'How many appeals of a group are in one status' })
export class StatusCount {
  @Field(() => AppealStatus)
  status!: AppealStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The figures of one department, grid cell or handling mode (零超时)' })
export class AppealFigureRow {
  @Field(() => String, {
    description: 'The department or cell id, UNASSIGNED, or the handling mode',
  })
  key!: string;

  @Field(() => Department, {
    nullable: true,
    description: 'When grouped by DEPARTMENT (null for UNASSIGNED)',
  })
  department!: Department | null;

  @Field(() => GridCell, { nullable: true, description: 'When grouped by GRID_CELL' })
  gridCell!: GridCell | null;

  @Field(() => HandlingMode, { nullable: true, description: 'When grouped by HANDLING_MODE' })
  handlingMode!: HandlingMode | null;

  @Field(() => [StatusCount], {
    description: 'Counts of the statuses that occur, in the order of the closed loop',
  })
  countsByStatus!: StatusCount[];

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Resolved (RESOLVED, EVALUATED, or CLOSED after a resolution)' })
  resolvedCount!: number;

  @Field(() => Int, { description: 'Of those, resolved on or before their dueAt' })
  onTimeCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'onTimeCount ÷ resolvedCount, 0 to 1; null when none is resolved',
  })
  onTimeRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The mean evaluation rating (1–5) of the evaluated; null when none is',
  })
  averageSatisfaction!: number | null;

  @Field(() => Int, { description: 'Still open past their dueAt now (the overdueAppeals list)' })
  overdueCount!: number;
}

@ArgsType()
export class AppealFiguresArgs {
  @Field(() => FigureGrouping)
  groupBy!: FigureGrouping;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Appeals submitted at or after this',
  })
  @IsOptional()
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Appeals submitted before this' })
  @IsOptional()
  to?: Date | null;
}

@ArgsType()
export class OverdueAppealsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only the appeals this department leads, e.g. URBAN_MANAGEMENT',
  })
  departmentCode?: string | null;

  @Field(() => ID, { nullable: true })
  gridCellId?: string | null;
}
