import { Connection } from '@erqi/shared/data-access-pagination';
import type DataLoader from 'dataloader';
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
import { Enterprise } from '../enterprise/enterprise.entity';
import { Appeal } from './appeal.stub';
import { EnterpriseVisit } from './enterprise-visit.entity';
import { VisitNeed } from './visit-need.entity';
import { EnterpriseVisitsArgs, LogEnterpriseVisitInput, RaiseVisitNeedInput } from './visit.input';

@ObjectType()
export class EnterpriseVisitConnection extends Connection(EnterpriseVisit) {}

/** One needs loader per request (the context object lives as long as the request). */
const needLoaders = new WeakMap<EnterpriseContext, DataLoader<string, VisitNeed[]>>();

@Resolver(() => EnterpriseVisit)
export class EnterpriseVisitResolver {
  @Query(() => EnterpriseVisit, {
    description:
      'One 万人助万企 visit: its enterprise, grid worker, visitor (and department), SUPERVISOR, ADMIN',
  })
  enterpriseVisit(
    @Arg('id', () => ID) id: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseVisit> {
    return context.visits.get(context.caller, id);
  }

  @Query(() => EnterpriseVisitConnection, {
    description: '万人助万企 visits, newest first, those the caller may see (docs/ACCESS.md)',
  })
  enterpriseVisits(
    @Args(() => EnterpriseVisitsArgs) args: EnterpriseVisitsArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseVisitConnection> {
    return context.visits.list(context.caller, args);
  }

  @Mutation(() => EnterpriseVisit, {
    description:
      'Logs a 万人助万企 visit with the needs heard; GRID_WORKER (its cells’ enterprises), DEPARTMENT_STAFF, LEADER, ADMIN',
  })
  logEnterpriseVisit(
    @Arg('input', () => LogEnterpriseVisitInput) input: LogEnterpriseVisitInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseVisit> {
    return context.visits.log(context.caller, input);
  }

  @Mutation(() => VisitNeed, {
    description:
      'Raises a need as an appeal (channel ENTERPRISE_VISIT), in one step; the visitor, the grid worker of the cell or ADMIN. Again: the same appeal',
  })
  raiseVisitNeedAsAppeal(
    @Arg('needId', () => ID) needId: string,
    @Arg('input', () => RaiseVisitNeedInput, { nullable: true }) input: RaiseVisitNeedInput | null,
    @Ctx() context: EnterpriseContext,
  ): Promise<VisitNeed> {
    return context.visits.raise(context.caller, needId, input ?? new RaiseVisitNeedInput());
  }

  @FieldResolver(() => Enterprise, {
    nullable: true,
    description: 'Null when the caller may not see the enterprise itself',
  })
  enterprise(
    @Root() visit: EnterpriseVisit,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise | null> {
    return context.loaders.enterprise.load(visit.enterpriseId);
  }

  @FieldResolver(() => [VisitNeed], { description: 'The needs heard, in order' })
  needs(@Root() visit: EnterpriseVisit, @Ctx() context: EnterpriseContext): Promise<VisitNeed[]> {
    let loader = needLoaders.get(context);
    if (!loader) {
      loader = context.visits.needsLoader();
      needLoaders.set(context, loader);
    }
    return loader.load(visit.id);
  }
}

@Resolver(() => VisitNeed)
export class VisitNeedResolver {
  @FieldResolver(() => Appeal, {
    nullable: true,
    description:
      'The appeal this need became, with its status from the appeal service; null until raised (and until the appeal service has filed it)',
  })
  appeal(@Root() need: VisitNeed): Appeal | null {
    return need.appealId ? { id: need.appealId } : null;
  }
}
