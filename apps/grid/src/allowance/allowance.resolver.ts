import { PageArgs } from '@erqi/shared/data-access-pagination';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GridContext } from '../context';
import { AllowanceRun } from './allowance.types';

@Resolver()
export class AllowanceResolver {
  @Mutation(() => AllowanceRun, {
    description:
      "COMMUNITY_STAFF: pays a month's elder allowance to everyone due on its first day; running a month again pays no one twice",
  })
  runAllowance(@Arg('month', () => String) month: string, @Ctx() context: GridContext) {
    return context.allowances.run(context.caller, month);
  }

  @Query(() => AllowanceRun, {
    description: "A month's allowance payout: its total and a page of lines",
  })
  allowanceRun(
    @Arg('month', () => String, { description: 'YYYY-MM' }) month: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GridContext,
  ) {
    return context.allowances.read(context.caller, month, page);
  }
}
