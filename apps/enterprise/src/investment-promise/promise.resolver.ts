import { Connection } from '@erqi/shared/data-access-pagination';
import DataLoader from 'dataloader';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { AttractedProject } from './attracted-project.entity';
import { AttractedTalent } from './attracted-talent.entity';
import { PolicyPromise } from './policy-promise.entity';
import {
  FulfilPolicyPromiseArgs,
  MakePolicyPromiseInput,
  PolicyPromisesArgs,
  RegisterAttractedProjectInput,
  RegisterAttractedTalentInput,
} from './promise.input';

@ObjectType()
export class PolicyPromiseConnection extends Connection(PolicyPromise) {}

interface RecipientLoaders {
  project: DataLoader<string, AttractedProject | null>;
  talent: DataLoader<string, AttractedTalent | null>;
}
/** One pair of loaders per request (the context object lives as long as the request). */
const recipientLoaders = new WeakMap<EnterpriseContext, RecipientLoaders>();
function loadersOf(context: EnterpriseContext): RecipientLoaders {
  let loaders = recipientLoaders.get(context);
  if (!loaders) {
    loaders = {
      project: new DataLoader((ids) => context.promises.projectsByIds(ids)),
      talent: new DataLoader((ids) => context.promises.talentsByIds(ids)),
    };
    recipientLoaders.set(context, loaders);
  }
  return loaders;
}

@Resolver(() => PolicyPromise)
export class PolicyPromiseResolver {
  @Query(() => PolicyPromiseConnection, {
    description:
      '双招双引 promise ledger, soonest due first: DEPARTMENT_STAFF its department’s; LEADER, SUPERVISOR, ADMIN all',
  })
  policyPromises(
    @Args(() => PolicyPromisesArgs) args: PolicyPromisesArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<PolicyPromiseConnection> {
    return context.promises.list(context.caller, args);
  }

  @Mutation(() => AttractedProject, {
    description: 'Registers an attracted investment project; DEPARTMENT_STAFF or ADMIN',
  })
  registerAttractedProject(
    @Arg('input', () => RegisterAttractedProjectInput) input: RegisterAttractedProjectInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<AttractedProject> {
    return context.promises.registerProject(context.caller, input);
  }

  @Mutation(() => AttractedTalent, {
    description: 'Registers an attracted talent; DEPARTMENT_STAFF or ADMIN',
  })
  registerAttractedTalent(
    @Arg('input', () => RegisterAttractedTalentInput) input: RegisterAttractedTalentInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<AttractedTalent> {
    return context.promises.registerTalent(context.caller, input);
  }

  @Mutation(() => PolicyPromise, {
    description:
      'Records a policy promise to a project or a talent, owned by a department and due by a day; DEPARTMENT_STAFF or ADMIN',
  })
  makePolicyPromise(
    @Arg('input', () => MakePolicyPromiseInput) input: MakePolicyPromiseInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<PolicyPromise> {
    return context.promises.make(context.caller, input);
  }

  @Mutation(() => PolicyPromise, {
    description: 'Marks a promise fulfilled; only staff of the owning department, or ADMIN',
  })
  fulfilPolicyPromise(
    @Args(() => FulfilPolicyPromiseArgs) args: FulfilPolicyPromiseArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<PolicyPromise> {
    return context.promises.fulfil(context.caller, args);
  }

  @FieldResolver(() => AttractedProject, { nullable: true })
  project(
    @Root() promise: PolicyPromise,
    @Ctx() context: EnterpriseContext,
  ): Promise<AttractedProject | null> | null {
    return promise.projectId ? loadersOf(context).project.load(promise.projectId) : null;
  }

  @FieldResolver(() => AttractedTalent, { nullable: true })
  talent(
    @Root() promise: PolicyPromise,
    @Ctx() context: EnterpriseContext,
  ): Promise<AttractedTalent | null> | null {
    return promise.talentId ? loadersOf(context).talent.load(promise.talentId) : null;
  }
}
