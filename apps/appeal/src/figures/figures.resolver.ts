import { Connection } from '@erqi/shared/data-access-pagination';
import { Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import { Appeal } from '../appeal/appeal.entity';
import type { AppealContext } from '../context';
import { AppealFigureRow, AppealFiguresArgs, OverdueAppealsArgs } from './figures.types';

@ObjectType()
export class OverdueAppealConnection extends Connection(Appeal) {}

@Resolver()
export class FiguresResolver {
  @Query(() => [AppealFigureRow], {
    description:
      '零超时: per department, grid cell or handling mode, counts by status, on-time rate, satisfaction and overdue (SUPERVISOR, LEADER, ADMIN)',
  })
  appealFigures(
    @Args(() => AppealFiguresArgs) args: AppealFiguresArgs,
    @Ctx() context: AppealContext,
  ): Promise<AppealFigureRow[]> {
    return context.figures.figures(context.caller, args);
  }

  @Query(() => OverdueAppealConnection, {
    description: 'Open appeals past their dueAt, longest overdue first (SUPERVISOR, LEADER, ADMIN)',
  })
  overdueAppeals(
    @Args(() => OverdueAppealsArgs) args: OverdueAppealsArgs,
    @Ctx() context: AppealContext,
  ): Promise<OverdueAppealConnection> {
    return context.figures.overdue(context.caller, args);
  }
}
