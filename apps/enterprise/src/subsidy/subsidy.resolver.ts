import { Connection } from '@erqi/shared/data-access-pagination';
import { NotFound } from '@erqi/shared/util-errors';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { assertMaySeeEnterprise } from '../enterprise/enterprise-access';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Policy } from '../erqi-policy/policy.entity';
import { SubsidyApplication } from './subsidy-application.entity';
import {
  AdvanceSubsidyApplicationArgs,
  ApplyForSubsidyInput,
  SubsidyApplicationsArgs,
} from './subsidy.input';

@ObjectType()
export class SubsidyApplicationConnection extends Connection(SubsidyApplication) {}

@Resolver(() => SubsidyApplication)
export class SubsidyApplicationResolver {
  @Query(() => SubsidyApplicationConnection, {
    description:
      "Subsidy applications, newest first: an enterprise its own, a department its policies', a grid worker its cells', SUPERVISOR and ADMIN all",
  })
  subsidyApplications(
    @Args(() => SubsidyApplicationsArgs) args: SubsidyApplicationsArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<SubsidyApplicationConnection> {
    return context.erqiHelp.subsidies.list(context.caller, args);
  }

  @Query(() => SubsidyApplication)
  subsidyApplication(
    @Arg('id', () => ID) id: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<SubsidyApplication> {
    return context.erqiHelp.subsidies.get(context.caller, id);
  }

  @Mutation(() => SubsidyApplication, {
    description:
      'Applies for a subsidy under a published policy whose window is open; the enterprise for itself, or ADMIN',
  })
  applyForSubsidy(
    @Arg('input', () => ApplyForSubsidyInput) input: ApplyForSubsidyInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<SubsidyApplication> {
    return context.erqiHelp.subsidies.apply(context.caller, input);
  }

  @Mutation(() => SubsidyApplication, {
    description:
      "Moves an application on (审核 → 批准 → 拨付, or 不予通过); the policy's department or ADMIN",
  })
  advanceSubsidyApplication(
    @Args(() => AdvanceSubsidyApplicationArgs) args: AdvanceSubsidyApplicationArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<SubsidyApplication> {
    return context.erqiHelp.subsidies.advance(context.caller, args);
  }

  @FieldResolver(() => Policy)
  async policy(
    @Root() application: SubsidyApplication,
    @Ctx() context: EnterpriseContext,
  ): Promise<Policy> {
    const policy = await context.erqiHelpLoaders.policy.load(application.policyId);
    // An application exists only under a published policy, which everyone signed in reads.
    if (!policy) throw new NotFound('Policy', application.policyId, 'policy');
    return policy;
  }

  @FieldResolver(() => Enterprise)
  async enterprise(
    @Root() application: SubsidyApplication,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    return assertMaySeeEnterprise(
      context.caller,
      await context.loaders.enterprise.load(application.enterpriseId),
    ) as Enterprise;
  }
}
