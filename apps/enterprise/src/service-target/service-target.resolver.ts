import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { ServiceTarget, ServiceTargetInput } from './service-target';

@Resolver(() => ServiceTarget)
export class ServiceTargetResolver {
  @Query(() => [ServiceTarget], {
    description:
      '易企办 targets of a year, each with the listed matters meeting it now (signed in)',
  })
  serviceTargets(
    @Arg('year', () => Int) year: number,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceTarget[]> {
    return context.serviceTargets.ofYear(context.caller, year);
  }

  @Mutation(() => [ServiceTarget], {
    description: "Sets (replaces) a year's 易企办 targets; ADMIN only",
  })
  setServiceTargets(
    @Arg('year', () => Int) year: number,
    @Arg('targets', () => [ServiceTargetInput]) targets: ServiceTargetInput[],
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceTarget[]> {
    return context.serviceTargets.setYear(context.caller, year, targets);
  }
}
