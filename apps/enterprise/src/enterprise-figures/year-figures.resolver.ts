import { Connection } from '@erqi/shared/data-access-pagination';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { versionKey } from './economy-loaders';
import { assertMaySeeFiguresOf } from './figures-access';
import { EnterpriseYearFigures, EnterpriseYearFiguresVersion } from './year-figures.entity';
import {
  MAX_YEARS,
  RecordEnterpriseYearFiguresInput,
  YearFiguresHistoryArgs,
  YearFiguresListArgs,
} from './year-figures.input';

@ObjectType()
export class EnterpriseYearFiguresConnection extends Connection(EnterpriseYearFigures) {}

@Resolver(() => EnterpriseYearFigures)
export class EnterpriseYearFiguresResolver {
  @Query(() => EnterpriseYearFigures, {
    nullable: true,
    description:
      "企业年度经营数据: an enterprise's figures for a year, null if none were recorded; LEADER, SUPERVISOR, ADMIN and the enterprise itself; NOT_FOUND for an unknown enterprise",
  })
  enterpriseYearFigures(
    @Arg('enterpriseId', () => ID) enterpriseId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseYearFigures | null> {
    return context.yearFigures.get(context.caller, enterpriseId, year);
  }

  @Query(() => [EnterpriseYearFigures], {
    description: `An enterprise's latest years with figures, newest first (at most ${MAX_YEARS})`,
  })
  enterpriseYearFiguresHistory(
    @Args(() => YearFiguresHistoryArgs) args: YearFiguresHistoryArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseYearFigures[]> {
    return context.yearFigures.history(context.caller, args.enterpriseId, args.last);
  }

  @Query(() => EnterpriseYearFiguresConnection, {
    description:
      "One year's figures of the enterprises the caller may see (all for LEADER, SUPERVISOR, ADMIN; its own for an enterprise), largest revenue first",
  })
  enterpriseYearFiguresOfYear(
    @Args(() => YearFiguresListArgs) args: YearFiguresListArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseYearFiguresConnection> {
    return context.yearFigures.listYear(context.caller, args);
  }

  @Mutation(() => EnterpriseYearFigures, {
    description:
      'Records a year’s figures as a new version (the old ones are kept); ADMIN or the enterprise itself. BAD_USER_INPUT for a year to come, negative amounts or more jobs filled than offered; CONFLICT on a stale expectedVersion',
  })
  recordEnterpriseYearFigures(
    @Arg('input', () => RecordEnterpriseYearFiguresInput) input: RecordEnterpriseYearFiguresInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseYearFigures> {
    return context.yearFigures.record(context.caller, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The enterprise’s registered name' })
  enterpriseName(
    @Root() figures: EnterpriseYearFigures,
    @Ctx() context: EnterpriseContext,
  ): Promise<string | null> {
    return context.economyLoaders.enterpriseName.load(figures.enterpriseId);
  }

  @FieldResolver(() => [EnterpriseYearFiguresVersion], {
    description: 'Every version recorded for this year, oldest first: who said what, when',
  })
  versions(
    @Root() figures: EnterpriseYearFigures,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseYearFiguresVersion[]> {
    // Whoever read the figures may read their versions: the same rule, checked again without a query.
    assertMaySeeFiguresOf(context.caller, figures.enterpriseId);
    return context.economyLoaders.versionsOf.load(versionKey(figures.enterpriseId, figures.year));
  }
}
