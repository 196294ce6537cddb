import { Connection } from '@erqi/shared/data-access-pagination';
import { groupRowsBy } from '@erqi/shared/data-access-batch-loading';
import DataLoader from 'dataloader';
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
import { In } from 'typeorm';
import type { EnterpriseContext } from '../context';
import { maySeeHistory } from './service-matter-access';
import { ServiceMatter, ServiceMatterVersion } from './service-matter.entity';
import { ServiceMatterInput, ServiceMattersArgs } from './service-matter.input';

@ObjectType()
export class ServiceMatterConnection extends Connection(ServiceMatter) {}

/** One loader of versions per request, so a page of matters costs one query for all their histories. */
const versionLoaders = new WeakMap<EnterpriseContext, DataLoader<string, ServiceMatterVersion[]>>();
function versionsOf(context: EnterpriseContext): DataLoader<string, ServiceMatterVersion[]> {
  let loader = versionLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await context.serviceMatters.dataSource
        .getRepository(ServiceMatterVersion)
        .find({ where: { matterId: In([...ids]) }, order: { version: 'DESC' } });
      return groupRowsBy(ids, rows, (row) => row.matterId);
    });
    versionLoaders.set(context, loader);
  }
  return loader;
}

@Resolver(() => ServiceMatter)
export class ServiceMatterResolver {
  @Query(() => ServiceMatterConnection, {
    description:
      '政务服务事项清单: the published list, by code (public); no approval outside it (十不准)',
  })
  serviceMatters(
    @Args(() => ServiceMattersArgs) args: ServiceMattersArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceMatterConnection> {
    return context.serviceMatters.list(context.caller, args);
  }

  @Query(() => ServiceMatter, { description: 'One matter of the list' })
  serviceMatter(
    @Arg('id', () => ID) id: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceMatter> {
    return context.serviceMatters.get(context.caller, id);
  }

  @Mutation(() => ServiceMatter, {
    description: 'Adds a matter to the list; ADMIN, or staff of the owning department',
  })
  createServiceMatter(
    @Arg('input', () => ServiceMatterInput) input: ServiceMatterInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceMatter> {
    return context.serviceMatters.create(context.caller, input);
  }

  @Mutation(() => ServiceMatter, {
    description:
      'Changes a matter (a new version; listed: false withdraws it); ADMIN, or staff of the owning department',
  })
  updateServiceMatter(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ServiceMatterInput) input: ServiceMatterInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceMatter> {
    return context.serviceMatters.update(context.caller, id, input);
  }

  @FieldResolver(() => [ServiceMatterVersion], {
    description:
      'Every version, newest first; ADMIN, SUPERVISOR and the owning department (else empty)',
  })
  async versions(
    @Root() matter: ServiceMatter,
    @Ctx() context: EnterpriseContext,
  ): Promise<ServiceMatterVersion[]> {
    if (!maySeeHistory(context.caller, matter.departmentCode)) return [];
    return versionsOf(context).load(matter.id);
  }
}

@Resolver(() => ServiceMatterVersion)
export class ServiceMatterVersionResolver {
  @FieldResolver(() => ServiceMatter, { description: 'The matter as this version saved it' })
  matter(@Root() version: ServiceMatterVersion): ServiceMatter {
    return { ...version.snapshot, updatedAt: new Date(version.snapshot.updatedAt) };
  }
}
