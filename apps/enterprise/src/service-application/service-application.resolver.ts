import { Connection } from '@erqi/shared/data-access-pagination';
import { requireUser } from '@erqi/shared/util-auth';
import DataLoader from 'dataloader';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { In } from 'typeorm';
import type { EnterpriseContext } from '../context';
import { assertMaySeeEnterprise } from '../enterprise/enterprise-access';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ServiceMatter } from '../service-matter/service-matter.entity';
import { approvalFigures, ApprovalFigures } from './approval-figures';
import { ServiceApplication } from './service-application.entity';
import {
  ApplyForServiceMatterInput,
  ApprovalFiguresArgs,
  DecideServiceApplicationArgs,
  ServiceApplicationsArgs,
  VerifyServiceCommitmentArgs,
} from './service-application.input';
import { missingMaterials } from './service-application.service';

@ObjectType()
export class ServiceApplicationConnection extends Connection(ServiceApplication) {}

/** The matters of a request's applications, in one query. */
const matterLoaders = new WeakMap<EnterpriseContext, DataLoader<string, ServiceMatter | null>>();
function mattersOf(context: EnterpriseContext): DataLoader<string, ServiceMatter | null> {
  let loader = matterLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await context.serviceApplications.dataSource
        .getRepository(ServiceMatter)
        .findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    matterLoaders.set(context, loader);
  }
  return loader;
}

@Resolver(() => ServiceApplication)
export class ServiceApplicationResolver {
  @Query(() => ServiceApplicationConnection, {
    description:
      '办件, newest first: an enterprise its own, a department those it decides, SUPERVISOR and ADMIN all',
  })
  serviceApplications(
    @Args(() => ServiceApplicationsArgs) args: ServiceApplicationsArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceApplicationConnection> {
    return context.serviceApplications.list(context.caller, args);
  }

  @Query(() => ServiceApplication, { description: 'One application (办件), for those who see it' })
  serviceApplication(
    @Arg('id', () => ID) id: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceApplication> {
    return context.serviceApplications.get(context.caller, id);
  }

  @Query(() => ApprovalFigures, {
    description:
      '零超时 figures by department and matter; LEADER, SUPERVISOR, ADMIN, a department its own',
  })
  approvalFigures(
    @Args(() => ApprovalFiguresArgs) args: ApprovalFiguresArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<ApprovalFigures> {
    return approvalFigures(
      context.serviceApplications.dataSource,
      context.caller,
      args.departmentCode,
      context.serviceApplications.now(),
    );
  }

  @Mutation(() => ServiceApplication, {
    description:
      '办件: an ENTERPRISE applies for a matter of the list for itself; accepted at once on the working-day clock',
  })
  applyForServiceMatter(
    @Arg('input', () => ApplyForServiceMatterInput) input: ApplyForServiceMatterInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceApplication> {
    return context.serviceApplications.apply(context.caller, input);
  }

  @Mutation(() => ServiceApplication, {
    description: '容缺: the enterprise supplies materials it deferred',
  })
  supplyServiceMaterials(
    @Arg('id', () => ID) id: string,
    @Arg('materials', () => [String]) materials: string[],
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceApplication> {
    return context.serviceApplications.supply(context.caller, id, materials);
  }

  @Mutation(() => ServiceApplication, {
    description: '办结: the deciding department approves (准予) or refuses (不予, with a note)',
  })
  decideServiceApplication(
    @Args(() => DecideServiceApplicationArgs) args: DecideServiceApplicationArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceApplication> {
    return context.serviceApplications.decide(context.caller, args);
  }

  @Mutation(() => ServiceApplication, {
    description: '告知承诺核查: the deciding department records what verification found',
  })
  verifyServiceCommitment(
    @Args(() => VerifyServiceCommitmentArgs) args: VerifyServiceCommitmentArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceApplication> {
    return context.serviceApplications.verifyCommitment(context.caller, args);
  }

  @FieldResolver(() => ServiceMatter, { nullable: true, description: 'The matter as it is now' })
  matter(
    @Root() application: ServiceApplication,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceMatter | null> {
    return mattersOf(context).load(application.matterId);
  }

  @FieldResolver(() => Enterprise)
  async enterprise(
    @Root() application: ServiceApplication,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    requireUser(context.caller);
    return assertMaySeeEnterprise(
      context.caller,
      await context.loaders.enterprise.load(application.enterpriseId),
    ) as Enterprise;
  }

  @FieldResolver(() => [String], { description: '容缺: deferred materials not supplied yet' })
  missingMaterials(@Root() application: ServiceApplication): string[] {
    return missingMaterials(application);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Working days left of the time limit (0 once due); null once decided',
  })
  workingDaysLeft(
    @Root() application: ServiceApplication,
    @Ctx() context: EnterpriseContext,
  ): number | null {
    return context.serviceApplications.workingDaysLeft(application);
  }

  @FieldResolver(() => Boolean, {
    description: '超时: decided after its due time, or open past it',
  })
  overdue(@Root() application: ServiceApplication, @Ctx() context: EnterpriseContext): boolean {
    return context.serviceApplications.isOverdue(application);
  }
}
