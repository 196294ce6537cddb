import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { loadCandidates } from './candidates';
import { Policy } from './policy.entity';
import { CreatePolicyInput, PoliciesArgs } from './policy.input';
import { PolicyConnection, PolicyMatch } from './policy.types';

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => PolicyConnection, {
    description:
      'Policies (二七帮) by title: published ones to everyone signed in, drafts to their department and ADMIN',
  })
  policies(
    @Args(() => PoliciesArgs) args: PoliciesArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<PolicyConnection> {
    return context.erqiHelp.policies.list(context.caller, args);
  }

  @Query(() => Policy, { description: 'One policy; a draft only for its department and ADMIN' })
  policy(@Arg('id', () => ID) id: string, @Ctx() context: EnterpriseContext): Promise<Policy> {
    return context.erqiHelp.policies.get(context.caller, id);
  }

  @Query(() => [PolicyMatch], {
    description:
      'The open policies the enterprise qualifies for, then those it nearly does with what it lacks; for whoever may see the enterprise',
  })
  async policyMatches(
    @Arg('enterpriseId', () => ID) enterpriseId: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<PolicyMatch[]> {
    const enterprise = await context.enterprises.get(context.caller, enterpriseId);
    const [candidate] = await loadCandidates(context.erqiHelp.dataSource, [enterprise.id]);
    return candidate ? context.erqiHelp.policies.matchesOf(candidate) : [];
  }

  @Mutation(() => Policy, {
    description: 'Writes a draft policy; DEPARTMENT_STAFF for their department, ADMIN for any',
  })
  createPolicy(
    @Arg('input', () => CreatePolicyInput) input: CreatePolicyInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<Policy> {
    return context.erqiHelp.policies.create(context.caller, input);
  }

  @Mutation(() => Policy, {
    description:
      "Publishes a draft: the qualifying enterprises' grid workers are told through cn.erqi.enterprise.policy-published; its department or ADMIN",
  })
  publishPolicy(
    @Arg('id', () => ID) id: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<Policy> {
    return context.erqiHelp.policies.publish(context.caller, id);
  }
}
