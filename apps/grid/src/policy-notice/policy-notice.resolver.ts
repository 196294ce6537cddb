import { Connection, keysetPage, PageArgs } from '@erqi/shared/data-access-pagination';
import { requireUser, Role } from '@erqi/shared/util-auth';
import { Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { GridContext } from '../context';
import { PolicyNotice } from './policy-notice.entity';

@ObjectType()
export class PolicyNoticeConnection extends Connection(PolicyNotice) {}

@Resolver(() => PolicyNotice)
export class PolicyNoticeResolver {
  @Query(() => PolicyNoticeConnection, {
    description:
      "政策提醒: policies your cells' enterprises qualify for, newest first; a GRID_WORKER its cells', ADMIN and SUPERVISOR all, others none",
  })
  policyNotices(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: GridContext,
  ): Promise<PolicyNoticeConnection> {
    const user = requireUser(context.caller);
    const query = context.policyNotices.createQueryBuilder('notice');
    if (user.role === Role.GRID_WORKER && user.gridCellIds?.length)
      query.andWhere('notice.grid_cell_id IN (:...cells)', {
        cells: user.gridCellIds.map((id) => id.toLowerCase()),
      });
    else if (user.role !== Role.ADMIN && user.role !== Role.SUPERVISOR) query.andWhere('FALSE');
    return keysetPage(query, args, {
      sortColumn: 'publishedAt',
      direction: 'DESC',
      toCursorValue: (notice) => notice.publishedAt.toISOString(),
    });
  }
}
